// What the shared adapter contract needs from each platform: a way to act as the user on the
// platform, and a way to read what the platform now shows.
import type { Adapter } from '../../core/model/adapter.ts';
import type { IncomingEvent } from '../../core/model/message.ts';

export interface Shown {
  text: string;
  buttons: string[];
}

export interface ChatUnderTest {
  adapter: Adapter;
  /** Events the adapter handed to the core, in order. */
  events: IncomingEvent[];
  /** The neutral thread id the test user's chat must map to. */
  threadId: string;
  /** The test user's platform id. */
  userId: string;
  /** Acts as the user; resolves once the adapter has handed the event on. */
  userSays(text: string): Promise<void>;
  userSendsFile(name: string, bytes: Buffer): Promise<void>;
  /** Sends a recording as the platform's voice message or audio clip; absent where there is none. */
  userSendsVoice?(bytes: Buffer): Promise<void>;
  /** Presses the button with this label on the bot message with this platform id. */
  userPresses(platformMessageId: string, label: string): Promise<void>;
  /** What the platform shows now for a message the bot sent (after any edits). */
  shown(platformMessageId: string): Promise<Shown>;
  /** Names of the files the bot has sent to the platform. */
  filesSent(): string[];
  stop(): Promise<void>;
}

/** Files the adapters may send, as the FileStore would serve them. */
export const outgoingFiles = new Map<string, Buffer>([['exports/resume.pdf', Buffer.from('%PDF-1.4 export')]]);
export const readOutgoingFile = async (key: string) => {
  const bytes = outgoingFiles.get(key);
  if (!bytes) throw new Error(`no file ${key}`);
  return bytes;
};

/** Resolves once `events` has grown past `count`. */
export async function eventArrived(events: IncomingEvent[], count: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (events.length <= count) {
    if (Date.now() > deadline) throw new Error('the adapter handed no event to the core');
    await new Promise((r) => setTimeout(r, 10));
  }
}

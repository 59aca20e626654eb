// An Adapter that records what the core sends and edits, for router tests. Platform SDK
// adapters are tested against loopback fakes instead; this one stands for "a chat".
import { randomUUID } from 'node:crypto';
import type { Adapter, EventHandler } from '../core/model/adapter.ts';
import type { Attachment, IncomingEvent, OutgoingMessage, Platform } from '../core/model/message.ts';

export interface ShownMessage {
  id: string;
  threadId: string;
  /** The latest text after edits. */
  message: OutgoingMessage;
  edits: number;
  /** Every state it showed, first to last (progress stages, streamed text). */
  history: OutgoingMessage[];
}

/** One platform's chat; a runtime may hold several (e.g. 'web' and 'telegram' for /link). */
export function createRecordingAdapter(platform: Platform = 'web') {
  const shown: ShownMessage[] = [];
  /** How many attachment downloads the core asked for. */
  const downloads = { count: 0 };
  let handler: EventHandler | undefined;
  const adapter: Adapter = {
    platform,
    async start(h) {
      handler = h;
    },
    async send(threadId, message) {
      const id = randomUUID();
      shown.push({ id, threadId, message, edits: 0, history: [message] });
      return id;
    },
    async edit(_threadId, id, message) {
      const target = shown.find((m) => m.id === id);
      if (!target) throw new Error(`edit of unknown message ${id}`);
      target.message = message;
      target.edits++;
      target.history.push(message);
    },
    async stop() {},
  };

  /** Platform locales of users, as Telegram's language_code or Discord's locale would carry them. */
  const locales = new Map<string, string>();
  const author = (userId: string) => ({ userId, userName: `${userId} Tester`, isBot: false, workspaceId: '', locale: locales.get(userId) });
  return {
    adapter,
    shown,
    downloads,
    setLocale: (userId: string, locale: string) => void locales.set(userId, locale),
    /** Texts shown in one thread, in order. */
    texts: (threadId: string) => shown.filter((m) => m.threadId === threadId).map((m) => m.message.text),
    async say(userId: string, text: string, id: string = randomUUID()) {
      await handler!({ kind: 'message', id, platform, threadId: `${platform}:${userId}:`, text, author: author(userId), attachments: [] } satisfies IncomingEvent);
    },
    /** A message in a group chat others read (`shared`), in thread `<platform>:group:`. */
    async sayInGroup(userId: string, text: string) {
      await handler!({ kind: 'message', id: randomUUID(), platform, threadId: `${platform}:group:`, text, author: author(userId), attachments: [], shared: true } satisfies IncomingEvent);
    },
    async press(userId: string, actionId: string, value: string) {
      await handler!({ kind: 'action', id: randomUUID(), platform, threadId: `${platform}:${userId}:`, author: author(userId), actionId, value });
    },
    async upload(userId: string, name: string, bytes: Buffer, size = bytes.length) {
      const attachment: Attachment = {
        name,
        mimeType: 'application/octet-stream',
        size,
        fetch: async () => {
          downloads.count++;
          return bytes;
        },
      };
      await handler!({ kind: 'message', id: randomUUID(), platform, threadId: `${platform}:${userId}:`, text: '', author: author(userId), attachments: [attachment] });
    },
  };
}

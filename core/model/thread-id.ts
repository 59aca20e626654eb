import type { Platform } from './message.ts';

/** Builds the neutral thread id `{platform}:{channel}:{thread}`. */
export function makeThreadId(platform: Platform, channel: string, thread = ''): string {
  return `${platform}:${channel}:${thread}`;
}

/** The parts of a thread id; `thread` is '' for a channel without threads. */
export function parseThreadId(threadId: string): { platform: Platform; channel: string; thread: string } {
  const [platform = '', channel = '', thread = ''] = threadId.split(':');
  return { platform: platform as Platform, channel, thread };
}

export function platformOf(threadId: string): Platform {
  return parseThreadId(threadId).platform;
}

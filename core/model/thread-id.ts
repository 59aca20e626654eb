import type { Platform } from './message.ts';

/** Builds the neutral thread id `{platform}:{channel}:{thread}`. */
export function makeThreadId(platform: Platform, channel: string, thread = ''): string {
  return `${platform}:${channel}:${thread}`;
}

export function platformOf(threadId: string): Platform {
  return threadId.slice(0, threadId.indexOf(':')) as Platform;
}

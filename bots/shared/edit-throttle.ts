// Platforms limit how often a chat's messages may be edited (Telegram: about once a second).
// Edits to one message that come faster are coalesced: only the latest content is sent.

export interface EditThrottle {
  /** Runs `send` for this message no sooner than the interval after the chat's last edit. */
  edit(chatKey: string, messageKey: string, send: () => Promise<void>): Promise<void>;
}

export function createEditThrottle(minIntervalMs: number): EditThrottle {
  const lastEditAt = new Map<string, number>();
  const pending = new Map<string, { send: () => Promise<void>; done: Promise<void> }>();

  return {
    edit(chatKey, messageKey, send) {
      const key = `${chatKey}\u0000${messageKey}`;
      const waiting = pending.get(key);
      if (waiting) {
        // A newer state replaces the one not yet sent; both callers resolve when it is sent.
        waiting.send = send;
        return waiting.done;
      }
      const wait = Math.max(0, (lastEditAt.get(chatKey) ?? 0) + minIntervalMs - Date.now());
      const entry = { send, done: Promise.resolve() };
      entry.done = new Promise<void>((resolve) => setTimeout(resolve, wait)).then(async () => {
        pending.delete(key);
        lastEditAt.set(chatKey, Date.now());
        await entry.send();
      });
      pending.set(key, entry);
      // Forget idle chats so the map stays small.
      if (lastEditAt.size > 10_000) lastEditAt.clear();
      return entry.done;
    },
  };
}

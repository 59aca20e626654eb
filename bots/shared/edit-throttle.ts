// Platforms limit how often a chat's messages may be edited (Telegram: about once a second).
// Edits to one message that come faster are coalesced: only the latest content is sent.

export interface EditThrottle {
  /** Runs `send` for this message no sooner than the interval after the chat's last edit. */
  edit(chatKey: string, messageKey: string, send: () => Promise<void>): Promise<void>;
}

export function createEditThrottle(minIntervalMs: number): EditThrottle {
  /** When each chat's next edit may go out: a slot is reserved the moment an edit is queued. */
  const nextSlot = new Map<string, number>();
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
      const now = Date.now();
      const slot = Math.max(now, nextSlot.get(chatKey) ?? 0);
      nextSlot.set(chatKey, slot + minIntervalMs);
      const entry = { send, done: Promise.resolve() };
      entry.done = new Promise<void>((resolve) => setTimeout(resolve, slot - now)).then(async () => {
        pending.delete(key);
        await entry.send();
      });
      pending.set(key, entry);
      // Forget chats whose slots are long past, so the map stays small.
      if (nextSlot.size > 10_000) for (const [chat, at] of nextSlot) if (at < now) nextSlot.delete(chat);
      return entry.done;
    },
  };
}

// Remembers who is who in recent threads, so a returning user's event needs no database read
// before the reply. It is only a hint: the database stays the truth, and an entry that turns
// out stale (the user was deleted elsewhere) is dropped the moment recording fails.
import type { Conversation, PlatformAccount } from '../ports/store.ts';

export interface KnownSenders {
  get(threadId: string, account: PlatformAccount): Conversation | undefined;
  remember(conversation: Conversation, account: PlatformAccount): void;
  /** Drops one thread's entry for this sender. */
  drop(threadId: string, account: PlatformAccount): void;
  /** Drops every entry of a user (after /forget or when identities merge). */
  dropUser(userId: string): void;
}

export function createKnownSenders(maxEntries = 50_000): KnownSenders {
  const entries = new Map<string, Conversation>();
  const keyOf = (threadId: string, a: PlatformAccount) => `${threadId}\u0000${a.platform}:${a.workspaceId}:${a.platformUserId}`;
  return {
    get(threadId, account) {
      const key = keyOf(threadId, account);
      const known = entries.get(key);
      if (!known) return undefined;
      // Re-inserting keeps the most recently active senders at the end (least recent go first).
      entries.delete(key);
      entries.set(key, known);
      return known;
    },
    remember(conversation, account) {
      entries.set(keyOf(conversation.threadId, account), { ...conversation, isNewUser: false });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
    drop(threadId, account) {
      entries.delete(keyOf(threadId, account));
    },
    dropUser(userId) {
      for (const [key, conversation] of entries) if (conversation.userId === userId) entries.delete(key);
    },
  };
}

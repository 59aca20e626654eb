// Remembers who is who in recent threads, so a returning user's event needs no database read
// before the reply. It is only a hint: the database stays the truth, and an entry that turns
// out stale (the user was deleted elsewhere) is dropped the moment recording fails. Entries
// also expire after a few minutes, so what another process changed (accounts merged by /link,
// a language chosen there) is seen here soon after.
import type { Conversation, PlatformAccount } from '../ports/store.ts';

export interface KnownSenders {
  get(threadId: string, account: PlatformAccount): Conversation | undefined;
  remember(conversation: Conversation, account: PlatformAccount): void;
  /** Drops one thread's entry for this sender. */
  drop(threadId: string, account: PlatformAccount): void;
  /** Drops every entry of a user (after /forget or when identities merge). */
  dropUser(userId: string): void;
}

export interface KnownSendersOptions {
  maxEntries?: number;
  /** How long an entry is trusted without a database read. */
  maxAgeMs?: number;
  now?: () => number;
}

export function createKnownSenders({ maxEntries = 50_000, maxAgeMs = 5 * 60_000, now = Date.now }: KnownSendersOptions = {}): KnownSenders {
  const entries = new Map<string, Conversation & { knownAt: number }>();
  const keyOf = (threadId: string, a: PlatformAccount) => `${threadId}\u0000${a.platform}:${a.workspaceId}:${a.platformUserId}`;
  return {
    get(threadId, account) {
      const key = keyOf(threadId, account);
      const known = entries.get(key);
      if (!known) return undefined;
      if (now() - known.knownAt > maxAgeMs) return void entries.delete(key);
      // Re-inserting keeps the most recently active senders at the end (least recent go first).
      entries.delete(key);
      entries.set(key, known);
      const { knownAt: _knownAt, ...conversation } = known;
      return conversation;
    },
    remember(conversation, account) {
      entries.set(keyOf(conversation.threadId, account), { ...conversation, isNewUser: false, knownAt: now() });
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

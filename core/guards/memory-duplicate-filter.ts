// Redelivered-event filter for a single process (the embedded default, where PGlite's directory
// lock guarantees there is only one). Seeded at start with the event keys the database recorded
// recently, so an update a platform resends right after a restart is still recognised.
import type { DuplicateFilter } from '../ports/event-guards.ts';

export interface MemoryDuplicateFilterOptions {
  /** Keys already handled, oldest first (from the database at start). */
  seed?: Iterable<string>;
  /** How long a key is remembered; platforms redeliver within minutes. */
  ttlMs?: number;
  /** Upper bound on remembered keys, so memory stays flat under any load. */
  maxKeys?: number;
}

export function createMemoryDuplicateFilter(options: MemoryDuplicateFilterOptions = {}): DuplicateFilter {
  const ttlMs = options.ttlMs ?? 24 * 60 * 60_000;
  const maxKeys = options.maxKeys ?? 100_000;
  // A Map iterates in insertion order, so the oldest key is always first.
  const seenAt = new Map<string, number>();
  const now = Date.now();
  for (const key of options.seed ?? []) remember(key, now);

  function remember(key: string, at: number) {
    seenAt.set(key, at);
    while (seenAt.size > maxKeys) seenAt.delete(seenAt.keys().next().value!);
  }

  return {
    async firstTime(key) {
      const at = Date.now();
      for (const [oldest, when] of seenAt) {
        if (at - when < ttlMs) break;
        seenAt.delete(oldest);
      }
      if (seenAt.has(key)) return false;
      remember(key, at);
      return true;
    },
  };
}

// The AI result cache on the embedded default: a bounded LRU in memory with a time to live.
// With Redis configured, infra/redis-ai-cache.ts takes its place and is shared by all processes.
import type { AiCache } from '../ports/ai-cache.ts';

export function createMemoryAiCache(maxEntries = 2000, now: () => number = Date.now): AiCache {
  const entries = new Map<string, { value: string; expiresAt: number }>();
  return {
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (entry.expiresAt <= now()) return undefined;
      entries.set(key, entry); // most recently used goes last
      return entry.value;
    },
    async set(key, value, ttlSeconds) {
      entries.delete(key);
      entries.set(key, { value, expiresAt: now() + ttlSeconds * 1000 });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
    async deleteByPrefix(prefix) {
      for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
    },
  };
}

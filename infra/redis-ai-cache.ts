// The AI result cache in Redis, shared by every process (the embedded default keeps it in memory).
import type { Redis } from 'ioredis';
import type { AiCache } from '../core/ports/ai-cache.ts';

export function createRedisAiCache(redis: Redis, prefix: string): AiCache {
  const full = (key: string) => `${prefix}:${key}`;
  return {
    async get(key) {
      return (await redis.get(full(key))) ?? undefined;
    },
    async set(key, value, ttlSeconds) {
      await redis.set(full(key), value, 'EX', ttlSeconds);
    },
    async deleteByPrefix(keyPrefix) {
      // SCAN, not KEYS: it never blocks Redis for other clients.
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${full(keyPrefix)}*`, 'COUNT', 500);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    },
  };
}

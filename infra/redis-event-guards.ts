// Flood control and redelivery checks in Redis, shared by every bot process.
import type { Redis } from 'ioredis';
import type { DuplicateFilter, RateLimiter } from '../core/ports/event-guards.ts';

export function createRedisRateLimiter(redis: Redis, prefix: string, limit: number, windowSeconds = 60): RateLimiter {
  return {
    async take(key) {
      const redisKey = `${prefix}:rate:${key}`;
      const [[, count]] = (await redis.multi().incr(redisKey).expire(redisKey, windowSeconds, 'NX').exec()) as [[null, number], unknown];
      return { allowed: count <= limit, firstRefusal: count === limit + 1 };
    },
  };
}

export function createRedisDuplicateFilter(redis: Redis, prefix: string, ttlSeconds = 24 * 3600): DuplicateFilter {
  return {
    async firstTime(key) {
      return (await redis.set(`${prefix}:seen:${key}`, '1', 'EX', ttlSeconds, 'NX')) === 'OK';
    },
  };
}

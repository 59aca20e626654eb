import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Redis } from 'ioredis';
import { testRedisUrl, uniquePrefix } from '../test-helpers/redis.ts';
import { createRedisDuplicateFilter, createRedisRateLimiter } from './redis-event-guards.ts';
import { connectRedis } from './redis.ts';

let redis: Redis;
before(async () => (redis = await connectRedis(testRedisUrl)));
after(() => redis.disconnect());

test('the Redis rate limiter counts per account across callers, with one first refusal', async () => {
  const prefix = uniquePrefix();
  const [a, b] = [createRedisRateLimiter(redis, prefix, 2), createRedisRateLimiter(redis, prefix, 2)];
  const decisions = [await a.take('slack:T1:U1'), await b.take('slack:T1:U1'), await a.take('slack:T1:U1'), await b.take('slack:T1:U1')];
  assert.deepEqual(decisions.map((d) => [d.allowed, d.firstRefusal]), [[true, false], [true, false], [false, true], [false, false]]);
  assert.ok((await redis.ttl(`${prefix}:rate:slack:T1:U1`)) > 0, 'the window expires');
});

test('the Redis duplicate filter lets an event key through once', async () => {
  const filter = createRedisDuplicateFilter(redis, uniquePrefix());
  assert.deepEqual([await filter.firstTime('slack:D1::1.0001'), await filter.firstTime('slack:D1::1.0001'), await filter.firstTime('slack:D1::1.0002')], [true, false, true]);
});

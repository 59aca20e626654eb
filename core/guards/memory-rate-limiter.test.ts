import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMemoryRateLimiter } from './memory-rate-limiter.ts';

test('within a window: allowed up to the limit, then one first refusal, then quiet refusals', async () => {
  const limiter = createMemoryRateLimiter(3);
  const decisions = [];
  for (let i = 0; i < 5; i++) decisions.push(await limiter.take('telegram::42'));
  assert.deepEqual(decisions.map((d) => [d.allowed, d.firstRefusal]), [[true, false], [true, false], [true, false], [false, true], [false, false]]);
  assert.equal((await limiter.take('telegram::43')).allowed, true, 'other accounts are not affected');
});

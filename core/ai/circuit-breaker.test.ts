import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCircuitBreaker } from './circuit-breaker.ts';

test('three failures in a row rest a provider; after the cool-down one failure rests it again, one success heals it', () => {
  let clock = 0;
  const breaker = createCircuitBreaker({ failuresToOpen: 3, coolDownMs: 1000, now: () => clock });
  breaker.failed('qwen');
  breaker.failed('qwen');
  assert.equal(breaker.allows('qwen'), true, 'two failures are not a pattern yet');
  breaker.failed('qwen');
  assert.equal(breaker.allows('qwen'), false);
  assert.equal(breaker.allows('openai'), true, 'other providers are not affected');
  clock = 1000;
  assert.equal(breaker.allows('qwen'), true, 'cool-down over');
  breaker.failed('qwen');
  assert.equal(breaker.allows('qwen'), false, 'still failing: resting again at once');
  clock = 2000;
  breaker.succeeded('qwen');
  breaker.failed('qwen');
  assert.equal(breaker.allows('qwen'), true, 'a success starts the count afresh');
});

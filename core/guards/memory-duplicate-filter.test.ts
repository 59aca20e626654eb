import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMemoryDuplicateFilter } from './memory-duplicate-filter.ts';

test('a key is new once; keys seeded from the database count as seen', async () => {
  const filter = createMemoryDuplicateFilter({ seed: ['telegram:1:100'] });
  assert.equal(await filter.firstTime('telegram:1:100'), false, 'seeded: handled before a restart');
  assert.equal(await filter.firstTime('telegram:1:101'), true);
  assert.equal(await filter.firstTime('telegram:1:101'), false);
});

test('keys are forgotten after their time to live and beyond the size cap', async (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: 0 });
  const filter = createMemoryDuplicateFilter({ ttlMs: 1000, maxKeys: 2 });
  await filter.firstTime('a');
  t.mock.timers.tick(1001);
  assert.equal(await filter.firstTime('a'), true, 'expired');
  await filter.firstTime('b');
  await filter.firstTime('c');
  assert.equal(await filter.firstTime('a'), true, 'the oldest key made room');
  assert.equal(await filter.firstTime('c'), false, 'the newest is kept');
});

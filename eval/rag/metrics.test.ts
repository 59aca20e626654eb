import assert from 'node:assert/strict';
import { test } from 'node:test';
import { meanReciprocalRank, rankOf, recallAt, type RankedHit } from './metrics.ts';

const hit = (file: string, heading: string): RankedHit => ({ documentPath: `guides/${file}.md`, heading });
const expected = { document: 'guides/star-method.md', heading: 'Mistakes to avoid' };

test('a hit counts only when both the document and the heading match', () => {
  const hits = [hit('weaknesses-and-failures', 'Mistakes to avoid'), hit('star-method', 'Result: close the loop'), hit('star-method', 'Mistakes to avoid')];
  assert.equal(rankOf(hits, expected), 3, 'same heading in another guide and another section of the same guide are both misses');
  assert.equal(rankOf([], expected), undefined);
});

test('a section below the tenth hit is not found', () => {
  const filler = Array.from({ length: 10 }, (_, i) => hit('other', `Section ${i}`));
  assert.equal(rankOf([...filler.slice(0, 9), hit('star-method', 'Mistakes to avoid')], expected), 10);
  assert.equal(rankOf([...filler, hit('star-method', 'Mistakes to avoid')], expected), undefined);
});

test('recall@k is the share of questions found within k, MRR the mean of 1/rank with misses as 0', () => {
  const ranks = [1, 2, 5, 6, undefined];
  assert.equal(recallAt(ranks, 1), 1 / 5);
  assert.equal(recallAt(ranks, 5), 3 / 5);
  assert.equal(recallAt(ranks, 10), 4 / 5);
  assert.ok(Math.abs(meanReciprocalRank(ranks) - (1 + 1 / 2 + 1 / 5 + 1 / 6) / 5) < 1e-12);
  assert.equal(meanReciprocalRank([11]), 0, 'a rank beyond the cutoff counts as a miss');
});

test('an empty set scores 0 rather than NaN', () => {
  assert.equal(recallAt([], 5), 0);
  assert.equal(meanReciprocalRank([]), 0);
});

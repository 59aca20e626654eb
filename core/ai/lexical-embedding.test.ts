import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cosine, lexicalEmbedding, lexicalModelName } from './lexical-embedding.ts';

test('the lexical embedding is deterministic, normalised and says it is lexical', () => {
  const a = lexicalEmbedding('Use the STAR method: situation, task, action, result.');
  assert.deepEqual(a, lexicalEmbedding('Use the STAR method: situation, task, action, result.'));
  assert.ok(Math.abs(Math.hypot(...a) - 1) < 1e-9);
  assert.match(lexicalModelName, /^lexical-/);
  assert.ok(lexicalEmbedding('').every((v) => v === 0), 'empty text gives the zero vector, not NaN');
});

test('texts sharing vocabulary are closer than unrelated ones', () => {
  const query = lexicalEmbedding('how do I negotiate my salary offer');
  const salary = lexicalEmbedding('Salary negotiation basics: anchor high, negotiate the whole offer, not only base salary.');
  const star = lexicalEmbedding('The STAR method structures a behavioural answer: situation, task, action, result.');
  assert.ok(cosine(query, salary) > cosine(query, star) + 0.1);
});

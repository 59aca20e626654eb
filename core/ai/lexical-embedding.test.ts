import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cosine, lexicalEmbedding, lexicalModelName, lexicalTerms } from './lexical-embedding.ts';
import { synonymGroups } from './lexical-synonyms.ts';

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

test('every synonym reads as its group’s first entry, and no two groups share a reading', () => {
  const canonicals = new Set<string>();
  for (const [canonical, ...others] of synonymGroups) {
    const reading = lexicalTerms(canonical!);
    assert.ok(reading.length > 0, `"${canonical}" is not only stop words`);
    for (const entry of others) assert.deepEqual(lexicalTerms(entry), reading, `"${entry}" reads as "${canonical}"`);
    assert.ok(!canonicals.has(reading.join(' ')), `"${canonical}" is one group only`);
    canonicals.add(reading.join(' '));
  }
});

test('synonyms, phrases, inflections and chat shorthand meet in documents and queries alike', () => {
  assert.deepEqual(lexicalTerms('my boss'), lexicalTerms('my manager'));
  assert.deepEqual(lexicalTerms('which screw-up should I pick'), lexicalTerms('which failure should I pick'));
  assert.deepEqual(lexicalTerms('they screwed up'), lexicalTerms('they failed'));
  assert.deepEqual(lexicalTerms('can u show me a sample answer for tell me about urself'), lexicalTerms('show an example answer to tell me about yourself'));
  assert.deepEqual(lexicalTerms("I'm switching careers"), lexicalTerms('changing careers'));
  assert.deepEqual(lexicalTerms('line manager'), lexicalTerms('manager'), 'the longest entry wins: "line manager" is one manager, not a line');
  assert.deepEqual(lexicalTerms("the company's values"), lexicalTerms('company values'), 'a possessive is the word itself');
});

test('a query worded differently from the guide still finds it', () => {
  const query = lexicalEmbedding('what if my mind goes blank and I freeze mid-answer');
  const blank = lexicalEmbedding('When your mind goes blank: if you lose your train of thought, stay calm and be honest.');
  const salary = lexicalEmbedding('Salary negotiation basics: anchor high, negotiate the whole offer, not only base salary.');
  assert.ok(cosine(query, blank) > cosine(query, salary) + 0.1);
  const boss = lexicalEmbedding('questions to ask my future boss');
  const manager = lexicalEmbedding('Hiring manager interview: with your future manager, focus on success and working style.');
  const remote = lexicalEmbedding('Test your technology the day before: camera, microphone and connection.');
  assert.ok(cosine(boss, manager) > cosine(boss, remote) + 0.1);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { americanSpelling, stem } from './lexical-stem.ts';

test('stems follow Porter’s published examples', () => {
  const examples: Record<string, string> = {
    caresses: 'caress', ponies: 'poni', cats: 'cat', agreed: 'agre', feed: 'feed', motoring: 'motor', hopping: 'hop',
    falling: 'fall', hissing: 'hiss', filing: 'file', troubled: 'troubl', sized: 'size', happy: 'happi', sky: 'sky',
    relational: 'relat', conditional: 'condit', rational: 'ration', generalizations: 'gener', oscillators: 'oscil',
    adjustable: 'adjust', replacement: 'replac', adoption: 'adopt', effective: 'effect', controlling: 'control', rolling: 'roll',
  };
  for (const [word, expected] of Object.entries(examples)) assert.equal(stem(word), expected, word);
});

test('inflections and derivations of one word meet', () => {
  const families = [
    ['fail', 'failed', 'failing', 'fails', 'failure', 'failures'],
    ['negotiate', 'negotiating', 'negotiation', 'negotiations'],
    ['manager', 'managers', 'managing', 'management'],
    ['interview', 'interviews', 'interviewing', 'interviewer'],
    ['expose', 'exposure'],
  ];
  for (const family of families) assert.equal(new Set(family.map(stem)).size, 1, family.join(', '));
});

test('British and American spellings stem alike', () => {
  const pairs = [
    ['behavioural', 'behavioral'], ['prioritisation', 'prioritization'], ['prioritise', 'prioritize'], ['organised', 'organized'],
    ['analyse', 'analyze'], ['practise', 'practice'], ['practising', 'practicing'], ['centre', 'center'], ['favourite', 'favorite'],
  ];
  for (const [british, american] of pairs) assert.equal(stem(british!), stem(american!), `${british} / ${american}`);
  assert.equal(americanSpelling('yourself'), 'yourself', 'a short stem before "our" is no British spelling');
  assert.equal(americanSpelling('resources'), 'resources');
});

test('short words and words with digits or symbols are kept as they are', () => {
  for (const word of ['cv', 'hr', 'c++', 'c#', 'node.js', 'a11y', '2%', 'b2b']) assert.equal(stem(word), word);
});

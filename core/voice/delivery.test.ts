import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TimedText } from '../ai/transcription.ts';
import { inLanguage } from '../language/current.ts';
import { combineDeliveries, deliveryVerdict, measureDelivery } from './delivery.ts';

/** Words spoken 0.4 s each, with the given silences after word indexes. */
function timedWords(text: string, pauses: Record<number, number> = {}): TimedText[] {
  let at = 0;
  return text.split(' ').map((word, i) => {
    const timed = { text: word, start: at, end: at + 0.4 };
    at = timed.end + (pauses[i] ?? 0);
    return timed;
  });
}

describe('delivery', () => {
  test('pace, fillers and long pauses from a timed transcript, in one line', () => {
    const text = 'Um so I led the migration and um it was like really hard but we shipped it on time';
    const delivery = measureDelivery({ text, words: timedWords(text, { 5: 3.1 }) });
    assert.equal(delivery.words, 19);
    assert.equal(delivery.seconds, 10.7);
    assert.equal(delivery.wordsPerMinute, 107);
    assert.deepEqual(delivery.fillers, [{ filler: 'um', count: 2 }, { filler: 'like', count: 1 }]);
    assert.deepEqual(delivery.longPauses, [3.1]);
    assert.equal(deliveryVerdict(delivery), '🎙 Delivery: 107 wpm (a bit slow) · 3 fillers (um ×2, like) · 1 long pause (3.1 s)');
  });

  test('"like", "kind of" and "you know" that mean something are not fillers', () => {
    const text = "I'd like to know what kind of team you have, do you know? It looks like a good fit, you know, basically";
    const delivery = measureDelivery({ text, durationSeconds: 8 });
    assert.deepEqual(delivery.fillers, [{ filler: 'you know', count: 1 }, { filler: 'basically', count: 1 }]);
  });

  test('a good pace with no fillers; no pause figures without timestamps', () => {
    const text = Array.from({ length: 25 }, (_, i) => `word${i}`).join(' ');
    const delivery = measureDelivery({ text, durationSeconds: 10 });
    assert.equal(delivery.wordsPerMinute, 150);
    assert.equal(delivery.longPauses, undefined);
    assert.equal(deliveryVerdict(delivery), '🎙 Delivery: 150 wpm (good pace) · no fillers');
  });

  test('a fast speaker; segments stand in for words; a short note gets no pace', () => {
    const fast = measureDelivery({ text: Array.from({ length: 40 }, () => 'go').join(' '), segments: [{ text: '', start: 1, end: 6 }, { text: '', start: 6.5, end: 11 }] });
    assert.equal(fast.wordsPerMinute, 240);
    assert.deepEqual(fast.longPauses, []);
    assert.match(deliveryVerdict(fast), /240 wpm \(a bit fast\) · no fillers · no long pauses$/);
    const short = measureDelivery({ text: 'Yes, uh, I did.', durationSeconds: 2 });
    assert.equal(short.wordsPerMinute, undefined);
    assert.equal(deliveryVerdict(short), '🎙 Delivery: 1 filler (uh)');
  });

  test('several answers sum up as one; a Spanish speaker gets the line in Spanish, with its own fillers', () => {
    const spoken = 'Eh lideré la migración y o sea la entregamos a tiempo';
    const one = measureDelivery({ text: spoken, words: timedWords(spoken, { 3: 2.5 }) });
    assert.deepEqual(one.fillers, [{ filler: 'eh', count: 1 }, { filler: 'o sea', count: 1 }]);
    const both = combineDeliveries([one, measureDelivery({ text: 'Um yes', durationSeconds: 4 })])!;
    assert.equal(both.words, 13);
    assert.deepEqual(both.longPauses, [2.5]);
    assert.equal(inLanguage('es', () => deliveryVerdict(both)), '🎙 Expresión oral: 72 ppm (algo lento) · 3 muletillas (eh, o sea, um) · 1 pausa larga (2,5 s)');
    assert.equal(combineDeliveries([]), undefined);
  });
});

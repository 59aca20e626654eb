// How a voice answer was said, from its transcript: pace in words per minute, filler words, and
// long silences where the transcript has timestamps. Pure: the figures are stored with the
// answer (interview_messages.delivery, practice_attempts.delivery) and shown as one line.
import type { TimedText, Transcript } from '../ai/transcription.ts';
import { deliveryWords } from './voice-replies.ts';

export interface Delivery {
  words: number;
  /** Seconds of speech (first word to last when timed, else the recording's length). */
  seconds?: number;
  /** Absent when the note is too short, or its length unknown, to judge a pace. */
  wordsPerMinute?: number;
  /** Each filler said, with how often, most frequent first. */
  fillers: Array<{ filler: string; count: number }>;
  /** Silences longer than longPauseSeconds between words, in seconds; absent without timestamps. */
  longPauses?: number[];
}

/** Interview coaches advise roughly this range; slower drags, faster is hard to follow. */
export const goodPace = { min: 110, max: 170 };
export const longPauseSeconds = 2;
/** Below this much speech a pace figure says little. */
const minSecondsForPace = 5;

/** Sounds that are fillers wherever they appear (English, and Spanish "eh", "o sea"). */
const alwaysFillers = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'ah', 'hmm', 'mmm', 'eh', 'ehm', 'basically', 'literally']);
/** Phrases that are fillers unless the word before makes them mean something ("what kind of role"). */
const phraseFillers: Array<{ words: string[]; meaningfulAfter: Set<string> }> = [
  { words: ['you', 'know'], meaningfulAfter: new Set(['do', 'did', 'would', "don't", "didn't", 'if', 'will', 'to']) },
  { words: ['i', 'mean'], meaningfulAfter: new Set(['what']) },
  { words: ['o', 'sea'], meaningfulAfter: new Set() },
  { words: ['sort', 'of'], meaningfulAfter: new Set(['what', 'this', 'that', 'the', 'a', 'any', 'some', 'which', 'same', 'every']) },
  { words: ['kind', 'of'], meaningfulAfter: new Set(['what', 'this', 'that', 'the', 'a', 'any', 'some', 'which', 'same', 'every']) },
  // "like" is a verb or a comparison after these words ("I'd like to", "looks like"); else a filler.
  {
    words: ['like'],
    meaningfulAfter: new Set(['i', 'you', 'we', 'they', 'would', "i'd", "we'd", "you'd", "they'd", 'to', "don't", "didn't", 'not', 'look', 'looks', 'looked', 'seem', 'seems', 'seemed', 'feel', 'feels', 'felt', 'sound', 'sounds', 'sounded', 'something', 'anything', 'nothing', 'more', 'much', 'just', 'really', 'also', 'exactly']),
  },
];

export function measureDelivery(transcript: Transcript): Delivery {
  const words = wordsOf(transcript.text);
  const timed = transcript.words ?? transcript.segments;
  const seconds = timed ? timed.at(-1)!.end - timed[0]!.start : transcript.durationSeconds;
  return {
    words: words.length,
    seconds: seconds === undefined ? undefined : round1(seconds),
    wordsPerMinute: seconds !== undefined && seconds >= minSecondsForPace ? Math.round(words.length / (seconds / 60)) : undefined,
    fillers: fillersIn(words),
    longPauses: timed ? pausesIn(timed) : undefined,
  };
}

/** "🎙 Delivery: 142 wpm (good pace) · 3 fillers (um ×2, like) · 1 long pause (3.1 s)" */
export function deliveryVerdict(delivery: Delivery): string {
  return `🎙 ${deliveryWords().label}: ${deliveryFigures(delivery)}`;
}

/** Several spoken answers as one: the pace over all their speech, every filler and pause. */
export function combineDeliveries(deliveries: Delivery[]): Delivery | undefined {
  if (deliveries.length === 0) return undefined;
  const words = deliveries.reduce((sum, d) => sum + d.words, 0);
  const timed = deliveries.every((d) => d.seconds !== undefined);
  const seconds = timed ? round1(deliveries.reduce((sum, d) => sum + d.seconds!, 0)) : undefined;
  const counts = new Map<string, number>();
  for (const { filler, count } of deliveries.flatMap((d) => d.fillers)) counts.set(filler, (counts.get(filler) ?? 0) + count);
  const paused = deliveries.filter((d) => d.longPauses);
  return {
    words,
    seconds,
    wordsPerMinute: seconds !== undefined && seconds >= minSecondsForPace ? Math.round(words / (seconds / 60)) : undefined,
    fillers: [...counts].map(([filler, count]) => ({ filler, count })).sort((a, b) => b.count - a.count),
    longPauses: paused.length ? paused.flatMap((d) => d.longPauses!) : undefined,
  };
}

/** The figures alone: "142 wpm (good pace) · no fillers · no long pauses". */
export function deliveryFigures(delivery: Delivery): string {
  const words = deliveryWords();
  const parts: string[] = [];
  const wpm = delivery.wordsPerMinute;
  if (wpm !== undefined) parts.push(`${wpm} ${words.wpm} (${wpm < goodPace.min ? words.slow : wpm > goodPace.max ? words.fast : words.good})`);
  const fillerCount = delivery.fillers.reduce((sum, f) => sum + f.count, 0);
  parts.push(fillerCount === 0 ? words.noFillers : `${plural(fillerCount, words.filler)} (${delivery.fillers.map((f) => (f.count > 1 ? `${f.filler} ×${f.count}` : f.filler)).join(', ')})`);
  const pauses = delivery.longPauses;
  if (pauses) parts.push(pauses.length === 0 ? words.noPauses : `${plural(pauses.length, words.pause)} (${pauses.map((p) => `${String(p).replace('.', words.decimal)} s`).join(', ')})`);
  return parts.join(' · ');
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

function fillersIn(words: string[]): Delivery['fillers'] {
  const counts = new Map<string, number>();
  const add = (filler: string) => counts.set(filler, (counts.get(filler) ?? 0) + 1);
  for (let i = 0; i < words.length; i++) {
    if (alwaysFillers.has(words[i]!)) {
      add(words[i]!);
      continue;
    }
    const phrase = phraseFillers.find((p) => p.words.every((w, k) => words[i + k] === w));
    if (phrase && !phrase.meaningfulAfter.has(words[i - 1] ?? '')) {
      add(phrase.words.join(' '));
      i += phrase.words.length - 1;
    }
  }
  return [...counts].map(([filler, count]) => ({ filler, count })).sort((a, b) => b.count - a.count);
}

function pausesIn(timed: TimedText[]): number[] {
  const pauses: number[] = [];
  for (let i = 1; i < timed.length; i++) {
    const gap = timed[i]!.start - timed[i - 1]!.end;
    if (gap > longPauseSeconds) pauses.push(round1(gap));
  }
  return pauses;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const plural = (n: number, [one, many]: string[]) => `${n} ${n === 1 ? one : many}`;

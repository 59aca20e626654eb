// Speech to text through an OpenAI-compatible /audio/transcriptions endpoint: what is sent,
// what comes back (text, and word or segment timestamps where the model gives them), and how
// it is metered. The gateway makes the call; this file holds the shapes around it.
import { AppError } from '../errors.ts';
import { countTokens } from './token-count.ts';

export interface AudioFile {
  bytes: Buffer;
  /** With an extension the provider recognises (voice.ogg, clip.m4a): some read the format from it. */
  name: string;
  mimeType: string;
}

/** A stretch of speech with its start and end in seconds from the start of the recording. */
export interface TimedText {
  text: string;
  start: number;
  end: number;
}

export interface Transcript {
  text: string;
  /** The recording's length in seconds, when the provider says. */
  durationSeconds?: number;
  /** Word timestamps (whisper-1 with verbose_json); absent when the model gives none. */
  words?: TimedText[];
  /** Segment timestamps, coarser than words. */
  segments?: TimedText[];
}

/** No provider with a transcription model is configured (or the user is on the offline coach). */
export class TranscriptionUnavailableError extends AppError {
  constructor() {
    super('transcription_unavailable', 'Voice notes need an AI provider to transcribe them. Please type your answer instead.');
  }
}

/**
 * The request's format options. Whisper-style models give timestamps with verbose_json; the
 * gpt-4o transcription models accept only json and text, so they are asked for plain json.
 */
export function transcriptionFormat(model: string): { response_format: 'verbose_json'; timestamp_granularities: Array<'word' | 'segment'> } | { response_format: 'json' } {
  return /gpt-4o/i.test(model) ? { response_format: 'json' } : { response_format: 'verbose_json', timestamp_granularities: ['word', 'segment'] };
}

/** What any of the response formats may carry (the SDK types each separately). */
interface TranscriptionReply {
  text?: string;
  duration?: number | string;
  words?: Array<{ word?: string; start?: number; end?: number }>;
  segments?: Array<{ text?: string; start?: number; end?: number }>;
  usage?: { type?: string; input_tokens?: number; output_tokens?: number; seconds?: number };
}

export function transcriptOf(reply: unknown): Transcript {
  const r = reply as TranscriptionReply;
  const timed = (items: Array<{ text?: string; start?: number; end?: number }> | undefined) => {
    const valid = (items ?? []).filter((i) => typeof i.start === 'number' && typeof i.end === 'number').map((i) => ({ text: (i.text ?? '').trim(), start: i.start!, end: i.end! }));
    return valid.length ? valid : undefined;
  };
  const duration = Number(r.duration ?? r.usage?.seconds);
  return {
    text: (r.text ?? '').trim(),
    durationSeconds: Number.isFinite(duration) && duration > 0 ? duration : undefined,
    words: timed(r.words?.map((w) => ({ text: w.word, start: w.start, end: w.end }))),
    segments: timed(r.segments),
  };
}

/**
 * Models billed by the minute report no tokens; their audio is metered as this many input
 * tokens a second (about what OpenAI's token-billed transcription models count), so voice
 * notes weigh on the monthly AI token quota like any other call.
 */
export const audioTokensPerSecond = 17;

export function transcriptionTokens(reply: unknown, transcript: Transcript): { inputTokens: number; outputTokens: number } {
  const usage = (reply as TranscriptionReply).usage;
  if (usage?.type === 'tokens' && typeof usage.input_tokens === 'number') return { inputTokens: usage.input_tokens, outputTokens: usage.output_tokens ?? countTokens(transcript.text) };
  // Without a duration, the words stand in for it (people say about 2.5 words a second).
  const seconds = transcript.durationSeconds ?? transcript.text.split(/\s+/).filter(Boolean).length / 2.5;
  return { inputTokens: Math.ceil(seconds * audioTokensPerSecond), outputTokens: countTokens(transcript.text) };
}

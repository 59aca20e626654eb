// What can go wrong in an AI call, as the user and the usage log see it.
import { AppError } from '../errors.ts';

/** Every provider failed or is resting after failures; queued work is retried later. */
export class AiUnavailableError extends AppError {
  constructor(options?: { cause?: unknown }) {
    super('ai_unavailable', "The AI providers aren't answering right now. Please try again in a few minutes; anything I was working on in the background is retried automatically.", options);
  }
}

/** The model's output did not match the schema, even after a repair request. */
export class InvalidAiOutputError extends Error {
  override name = 'InvalidAiOutputError';
  constructor(readonly problem: string, readonly tokens: { inputTokens: number; outputTokens: number }) {
    super(`invalid AI output: ${problem}`);
  }
}

/** Why an attempt was abandoned: the provider went silent for longer than AI_TIMEOUT_MS. */
export class AiTimeoutError extends Error {
  override name = 'AiTimeoutError';
}

/** A short label for the usage log: 'http_429', 'invalid_output', 'network'… (timeouts are known by the caller). */
export function outcomeOf(error: unknown): string {
  if (error instanceof InvalidAiOutputError) return 'invalid_output';
  const e = error as { status?: unknown; name?: unknown; message?: unknown };
  if (typeof e?.status === 'number') return `http_${e.status}`;
  if (/connection|fetch|ECONN/i.test(`${String(e?.name ?? '')} ${String(e?.message ?? '')}`)) return 'network';
  return 'error';
}

/** A request the provider refused as malformed (a bad audio file, say): the provider itself is fine. */
export function isRequestRefused(error: unknown): boolean {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' && status >= 400 && status < 500 && ![408, 409, 429].includes(status);
}

// pino, with secrets and personal text redacted wherever they appear in a log line.
import { pino, stdSerializers } from 'pino';
import type { Logger } from '../core/ports/logger.ts';

const redactedKeys = [
  'token', 'password', 'secret', 'apiKey', 'authorization', 'cookie', 'accessKeyId', 'secretAccessKey',
  // Resume content and chat text are personal data: ids are logged, never the words.
  'text', 'content', 'bytes', 'resume', 'jobDescription', 'requestBody',
];

/** Token shapes that appear inside URLs in library errors (Telegram's /bot<token>/, webhooks). */
const tokenInUrl: Array<[RegExp, string]> = [
  [/\/file\/bot[^/\s"]+/g, '/file/bot[redacted]'],
  [/\/bot\d+:[\w-]+/g, '/bot[redacted]'],
  [/\/webhooks\/(\d+)\/[\w.-]+/g, '/webhooks/$1/[redacted]'],
];

/** Blanks every known secret value and token-in-URL in a finished log line. */
export function scrubSecrets(line: string, secrets: string[]): string {
  let clean = line;
  for (const secret of secrets) clean = clean.split(secret).join('[redacted]');
  for (const [pattern, replacement] of tokenInUrl) clean = clean.replace(pattern, replacement);
  return clean;
}
const redactPaths = [
  ...redactedKeys,
  ...redactedKeys.map((k) => `*.${k}`),
  'req.headers.authorization',
  'req.headers.cookie',
  'config.raw',
];

/**
 * Errors as pino logs them, minus what a failed SQL statement carries: Drizzle puts the query
 * and its parameters (a story's words, a summary) in the message and on the error itself.
 */
export function serializeError(error: unknown): ReturnType<typeof stdSerializers.err> {
  const serialized = stdSerializers.err(error as Error);
  if (!serialized || typeof serialized !== 'object') return serialized;
  const safe: Record<string, unknown> = { ...serialized };
  delete safe.params;
  delete safe.query;
  for (const key of ['message', 'stack']) {
    if (typeof safe[key] === 'string') safe[key] = (safe[key] as string).replace(/\nparams: [^\n]*/g, '\nparams: [redacted]');
  }
  return safe as ReturnType<typeof stdSerializers.err>;
}

/** Writes JSON lines to stdout or stderr, or to a given stream (tests). */
export function createLogger(level: string, destination: 'stdout' | 'stderr' | NodeJS.WritableStream = 'stdout', secrets: string[] = []): Logger {
  return pino(
    {
      level,
      redact: { paths: redactPaths, censor: '[redacted]' },
      // Key-based redaction misses secrets inside strings (an error message with a URL).
      hooks: { streamWrite: (line) => scrubSecrets(line, secrets) },
      serializers: { err: serializeError },
      base: { pid: process.pid },
    },
    typeof destination === 'string' ? pino.destination({ fd: destination === 'stdout' ? 1 : 2, sync: destination === 'stderr' }) : destination,
  );
}

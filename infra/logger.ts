// pino, with secrets and personal text redacted wherever they appear in a log line.
import { pino, stdSerializers } from 'pino';
import type { Logger } from '../core/ports/logger.ts';

const redactedKeys = [
  'token', 'password', 'secret', 'apiKey', 'authorization', 'cookie', 'accessKeyId', 'secretAccessKey',
  // Resume content and chat text are personal data: ids are logged, never the words.
  'text', 'content', 'bytes', 'resume', 'jobDescription',
];
const redactPaths = [
  ...redactedKeys,
  ...redactedKeys.map((k) => `*.${k}`),
  'req.headers.authorization',
  'req.headers.cookie',
  'config.raw',
];

/** Writes JSON lines to stdout or stderr, or to a given stream (tests). */
export function createLogger(level: string, destination: 'stdout' | 'stderr' | NodeJS.WritableStream = 'stdout'): Logger {
  return pino(
    {
      level,
      redact: { paths: redactPaths, censor: '[redacted]' },
      serializers: { err: stdSerializers.err },
      base: { pid: process.pid },
    },
    typeof destination === 'string' ? pino.destination({ fd: destination === 'stdout' ? 1 : 2, sync: destination === 'stderr' }) : destination,
  );
}

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

export function createLogger(level: string, destination: 'stdout' | 'stderr' = 'stdout'): Logger {
  return pino(
    {
      level,
      redact: { paths: redactPaths, censor: '[redacted]' },
      serializers: { err: stdSerializers.err },
      base: { pid: process.pid },
    },
    pino.destination({ fd: destination === 'stdout' ? 1 : 2, sync: destination === 'stderr' }),
  );
}

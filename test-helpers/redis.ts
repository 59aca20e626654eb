import { randomBytes } from 'node:crypto';

/** The Redis tests use; override with TEST_REDIS_URL. */
export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key prefix of its own for each test, so runs never see each other's jobs. */
export function uniquePrefix(): string {
  return `intervai-test-${randomBytes(5).toString('hex')}`;
}

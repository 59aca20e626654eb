// One way to connect to Redis: fail fast with a sentence naming the fix when it is not there,
// then reconnect on drops once running.
import { Redis } from 'ioredis';
import { ServiceUnavailableError } from '../core/errors.ts';

/** Connected and answering, or a ServiceUnavailableError naming REDIS_URL. */
export async function connectRedis(url: string): Promise<Redis> {
  // While Redis is down, commands fail at once (enqueue reports it,
  // /healthz says so) instead of waiting in an offline queue.
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 5000, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    const u = new URL(url);
    throw new ServiceUnavailableError(
      `Redis at REDIS_URL (${u.hostname}:${u.port || '6379'})`,
      'Start Redis or fix REDIS_URL, or unset it to run jobs in-process.',
      { cause: error },
    );
  }
  // After a good start, reconnect on drops instead of giving up.
  redis.options.retryStrategy = (times: number) => Math.min(times * 200, 5000);
  return redis;
}

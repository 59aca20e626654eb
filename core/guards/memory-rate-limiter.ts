// Per-account flood control for a single process (the embedded default): a fixed window of
// `limit` events per `windowMs`. Production uses the Redis limiter, shared by all processes.
import type { RateLimiter } from '../ports/event-guards.ts';

export function createMemoryRateLimiter(limit: number, windowMs = 60_000): RateLimiter {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    async take(key) {
      const now = Date.now();
      let window = windows.get(key);
      if (!window || now - window.startedAt >= windowMs) {
        window = { startedAt: now, count: 0 };
        windows.set(key, window);
        // Drop stale windows now and then so memory stays flat.
        if (windows.size > 10_000) for (const [k, w] of windows) if (now - w.startedAt >= windowMs) windows.delete(k);
      }
      window.count++;
      return { allowed: window.count <= limit, firstRefusal: window.count === limit + 1 };
    },
  };
}

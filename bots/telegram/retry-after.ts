// Honours Telegram's 429 answers: waits retry_after seconds and tries again, a few times.
// (grammY's polling loop already does this for getUpdates.)
import type { Transformer } from 'grammy';

export function honourRetryAfter(maxRetries = 3): Transformer {
  return async (prev, method, payload, signal) => {
    for (let attempt = 0; ; attempt++) {
      const result = await prev(method, payload, signal);
      const retryAfter = !result.ok && result.error_code === 429 ? result.parameters?.retry_after : undefined;
      if (retryAfter === undefined || attempt >= maxRetries || method === 'getUpdates') return result;
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    }
  };
}

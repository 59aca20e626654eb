// One breaker per provider: after a few failures in a row it stops sending calls there for a
// while, so users do not wait on timeouts from a provider that is down. After the cool-down calls
// go through again: one success closes it, one more failure rests the provider again at once.

export interface CircuitBreaker {
  /** False while the provider rests. Asking changes nothing, so routing may ask freely. */
  allows(key: string): boolean;
  succeeded(key: string): void;
  failed(key: string): void;
}

export function createCircuitBreaker(options: { failuresToOpen?: number; coolDownMs?: number; now?: () => number } = {}): CircuitBreaker {
  const failuresToOpen = options.failuresToOpen ?? 3;
  const coolDownMs = options.coolDownMs ?? 30_000;
  const now = options.now ?? Date.now;
  const state = new Map<string, { failures: number; openedAt?: number }>();

  return {
    allows(key) {
      const openedAt = state.get(key)?.openedAt;
      return openedAt === undefined || now() - openedAt >= coolDownMs;
    },
    succeeded(key) {
      state.delete(key);
    },
    failed(key) {
      const s = state.get(key) ?? { failures: 0 };
      s.failures++;
      if (s.failures >= failuresToOpen) s.openedAt = now();
      state.set(key, s);
    },
  };
}

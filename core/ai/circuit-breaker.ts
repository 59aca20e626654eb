// One breaker per provider: after a few failures in a row it stops sending calls there for a
// while, so users do not wait on timeouts from a provider that is down. After the cool-down one
// trial call decides whether it closes again.

export interface CircuitBreaker {
  /** False while the breaker is open; after the cool-down it lets one trial call through. */
  allows(key: string): boolean;
  succeeded(key: string): void;
  failed(key: string): void;
  openKeys(): string[];
}

export function createCircuitBreaker(options: { failuresToOpen?: number; coolDownMs?: number; now?: () => number } = {}): CircuitBreaker {
  const failuresToOpen = options.failuresToOpen ?? 3;
  const coolDownMs = options.coolDownMs ?? 30_000;
  const now = options.now ?? Date.now;
  const state = new Map<string, { failures: number; openedAt?: number; trialRunning?: boolean }>();

  return {
    allows(key) {
      const s = state.get(key);
      if (!s?.openedAt) return true;
      if (now() - s.openedAt < coolDownMs || s.trialRunning) return false;
      s.trialRunning = true;
      return true;
    },
    succeeded(key) {
      state.delete(key);
    },
    failed(key) {
      const s = state.get(key) ?? { failures: 0 };
      s.failures++;
      s.trialRunning = false;
      if (s.failures >= failuresToOpen) s.openedAt = now();
      state.set(key, s);
    },
    openKeys() {
      return [...state].filter(([, s]) => s.openedAt !== undefined && now() - s.openedAt < coolDownMs).map(([k]) => k);
    },
  };
}

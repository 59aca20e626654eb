// Latency figures for `npm run bench`.
import { performance } from 'node:perf_hooks';

export interface Figures {
  p50: number;
  p99: number;
  perSecond: number;
}

/**
 * How the simulated users behave: `burst` sends every user's next message the moment the
 * previous answer arrives (the worst case); `steady` lets each user think for a random
 * 0.5–1.5 × thinkMs between messages, as people chatting do.
 */
export interface Load {
  users: number;
  rounds: number;
  thinkMs?: number;
}

export const describeLoad = (load: Load) => (load.thinkMs ? `steady, ~${load.thinkMs / 1000} s between messages` : 'burst');

/**
 * Runs the users at once, each doing `rounds` timed exchanges one after another. First every
 * user does one untimed warm-up exchange (first contact creates the user), so the figures are
 * for returning users.
 */
export async function measure(load: Load, exchange: (user: number) => Promise<number>, afterWarmUp?: () => Promise<void>): Promise<Figures> {
  const everyone = Array.from({ length: load.users }, (_, user) => user);
  await Promise.all(everyone.map((user) => exchange(user)));
  // A first contact answers with more than one message; let those go out before timing.
  await afterWarmUp?.();
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    everyone.map(async (user) => {
      for (let round = 0; round < load.rounds; round++) {
        if (load.thinkMs) await new Promise((r) => setTimeout(r, load.thinkMs! * (0.5 + Math.random())));
        latencies.push(await exchange(user));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { p50: at(0.5), p99: at(0.99), perSecond: (load.users * load.rounds) / elapsed };
}

export function header(): string {
  return `${'what'.padEnd(44)} ${'handler'.padEnd(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'msgs/s'.padStart(8)}`;
}

export function row(label: string, handler: string, f: Figures): string {
  return `${label.padEnd(44)} ${handler.padEnd(9)} ${f.p50.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ${f.perSecond.toFixed(0).padStart(8)}`;
}

export function ratioRow(label: string, ours: Figures, bare: Figures, note = ''): string {
  return `${label.padEnd(44)} ${'ratio'.padEnd(9)} ${`${(ours.p50 / bare.p50).toFixed(2)}x`.padStart(8)} ${`${(ours.p99 / bare.p99).toFixed(2)}x`.padStart(8)} ${note}`;
}

/** Resolves once `count()` has not changed for half a second (the app has gone quiet). */
export async function quiet(count: () => number): Promise<void> {
  let last = -1;
  while (count() !== last) {
    last = count();
    await new Promise((r) => setTimeout(r, 500));
  }
}

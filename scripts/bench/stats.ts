// Latency figures for `npm run bench`.
import { performance } from 'node:perf_hooks';

export interface Figures {
  p50: number;
  p99: number;
  perSecond: number;
}

/**
 * Runs `users` simulated users at once, each doing `rounds` timed exchanges one after another.
 * First every user does one untimed warm-up exchange (first contact creates the user), so the
 * figures are for returning users.
 */
export async function measure(users: number, rounds: number, exchange: (user: number) => Promise<number>): Promise<Figures> {
  const everyone = Array.from({ length: users }, (_, user) => user);
  await Promise.all(everyone.map((user) => exchange(user)));
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    everyone.map(async (user) => {
      for (let round = 0; round < rounds; round++) latencies.push(await exchange(user));
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { p50: at(0.5), p99: at(0.99), perSecond: (users * rounds) / elapsed };
}

export function header(): string {
  return `${'what'.padEnd(38)} ${'handler'.padEnd(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'msgs/s'.padStart(8)}`;
}

export function row(label: string, handler: string, f: Figures): string {
  return `${label.padEnd(38)} ${handler.padEnd(9)} ${f.p50.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ${f.perSecond.toFixed(0).padStart(8)}`;
}

export function ratioRow(label: string, ours: Figures, bare: Figures, note = ''): string {
  return `${label.padEnd(38)} ${'ratio'.padEnd(9)} ${`${(ours.p50 / bare.p50).toFixed(2)}x`.padStart(8)} ${`${(ours.p99 / bare.p99).toFixed(2)}x`.padStart(8)} ${note}`;
}

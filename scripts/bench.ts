// `npm run bench`: playground round-trip latency with 200 concurrent users, for the full router
// path and for a bare echo handler on the same server, in both deployment modes.
// Figures are printed, never asserted: timings do not belong in tests.
import { performance } from 'node:perf_hooks';
import express from 'express';
import { createWebAdapter } from '../bots/web/adapter.ts';
import { serve } from '../app/serve.ts';
import { parseConfig } from '../core/config.ts';
import { createTempDatabase } from '../test-helpers/postgres.ts';
import { PlaygroundClient } from '../test-helpers/playground-client.ts';
import { testRedisUrl, uniquePrefix } from '../test-helpers/redis.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';

const users = Number(process.env.BENCH_USERS ?? 200);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

interface Figures {
  p50: number;
  p99: number;
  perSecond: number;
}

/** Each user sends `rounds` messages one after another, all users at once; returns latencies. */
async function measure(baseUrl: string, text: string): Promise<Figures> {
  const clients = Array.from({ length: users }, (_, i) => new PlaygroundClient(baseUrl, `User${i}`));
  await Promise.all(clients.map((c) => c.connect()));
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      for (let round = 0; round <= rounds; round++) {
        const seen = client.events.length;
        const sent = performance.now();
        await client.say(text);
        await client.waitFor((e) => client.events.indexOf(e) >= seen, 60_000);
        // Round 0 warms up (first contact creates the user), so it is not counted.
        if (round > 0) latencies.push(performance.now() - sent);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  for (const c of clients) c.disconnect();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { p50: at(0.5), p99: at(0.99), perSecond: (users * (rounds + 1)) / elapsed };
}

/** A bare echo: the same web adapter and HTTP server, with no core behind it. */
function echoRoutes(maxUploadBytes: number) {
  const echo = createWebAdapter({ loadHistory: async () => [], maxUploadBytes });
  void echo.start(async (event) => {
    if (event.kind === 'message') await echo.send(event.threadId, { text: event.text });
  });
  return express.Router().use('/echo', echo.routes);
}

async function benchMode(label: string, env: Record<string, string>) {
  const config = parseConfig({ PORT: '0', LOG_LEVEL: 'warn', ...env });
  const served = await serve(config, 'all', [echoRoutes(config.uploads.maxBytes)]);
  try {
    const echo = await measure(`${served.url}echo/`, 'ping');
    const router = await measure(served.url, '/help');
    const row = (name: string, f: Figures) =>
      `${label.padEnd(30)} ${name.padEnd(8)} ${f.p50.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ${f.perSecond.toFixed(0).padStart(8)}`;
    console.log(row('echo', echo));
    console.log(row('router', router));
    console.log(`${label.padEnd(30)} ratio    ${(router.p50 / echo.p50).toFixed(2).padStart(7)}x ${(router.p99 / echo.p99).toFixed(2).padStart(7)}x`);
  } finally {
    await served.stop();
  }
}

console.log(`Playground round trip: ${users} concurrent users × ${rounds} messages each (after one warm-up message).`);
console.log(`${'mode'.padEnd(30)} ${'handler'.padEnd(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'msgs/s'.padStart(8)}`);

const dir = await createTempDir('intervai-bench-');
try {
  await benchMode('embedded (PGlite, in-process)', { DATA_DIR: dir.path });
  const database = await createTempDatabase();
  try {
    await benchMode('Postgres + BullMQ', { DATA_DIR: dir.path, DATABASE_URL: database.url, REDIS_URL: testRedisUrl, QUEUE_PREFIX: uniquePrefix() });
  } finally {
    await database.drop();
  }
} finally {
  await dir.remove();
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (server and clients in one process)`);
process.exit(0);

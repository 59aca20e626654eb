// Playground round trip: HTTP message in, Server-Sent Event reply out, for the full router and
// for a bare echo handler on the same server, in both deployment modes.
import { performance } from 'node:perf_hooks';
import express from 'express';
import { serve } from '../../app/serve.ts';
import { createWebAdapter } from '../../bots/web/adapter.ts';
import { parseConfig } from '../../core/config.ts';
import { PlaygroundClient } from '../../test-helpers/playground-client.ts';
import { createTempDatabase } from '../../test-helpers/postgres.ts';
import { testRedisUrl, uniquePrefix } from '../../test-helpers/redis.ts';
import { createTempDir } from '../../test-helpers/temp-dir.ts';
import { measure, ratioRow, row, type Figures } from './stats.ts';

async function roundTrips(baseUrl: string, text: string, users: number, rounds: number): Promise<Figures> {
  const clients = Array.from({ length: users }, (_, i) => new PlaygroundClient(baseUrl, `User${i}`));
  await Promise.all(clients.map((c) => c.connect()));
  const figures = await measure({ users, rounds }, async (user) => {
    const client = clients[user]!;
    const seen = client.events.length;
    const sent = performance.now();
    await client.say(text);
    await client.waitFor((e) => client.events.indexOf(e) >= seen, 60_000);
    return performance.now() - sent;
  });
  for (const c of clients) c.disconnect();
  return figures;
}

/** The same web adapter and HTTP server with no core behind it. */
function echoRoutes(maxUploadBytes: number) {
  const echo = createWebAdapter({ loadHistory: async () => [], maxUploadBytes, readFile: async () => Buffer.alloc(0) });
  void echo.start(async (event) => {
    if (event.kind === 'message') await echo.send(event.threadId, { text: event.text });
  });
  return express.Router().use('/echo', echo.routes);
}

async function benchMode(label: string, env: Record<string, string>, users: number, rounds: number) {
  const config = parseConfig({ PORT: '0', LOG_LEVEL: 'warn', ...env });
  const served = await serve(config, 'all', { extraRoutes: [echoRoutes(config.uploads.maxBytes)] });
  try {
    // The start's own jobs (indexing the guides, the day's purge) finish first: this measures chat, not start-up.
    await served.runtime.queue.waitUntilIdle();
    const echo = await roundTrips(`${served.url}echo/`, 'ping', users, rounds);
    const router = await roundTrips(served.url, '/help', users, rounds);
    console.log(row(label, 'echo', echo));
    console.log(row(label, 'IntervAI', router));
    console.log(ratioRow(label, router, echo));
  } finally {
    await served.stop();
  }
}

export async function benchPlayground(users: number, rounds: number): Promise<void> {
  const dir = await createTempDir('intervai-bench-');
  try {
    await benchMode('playground, embedded', { DATA_DIR: dir.path }, users, rounds);
    const database = await createTempDatabase();
    try {
      await benchMode('playground, Postgres + BullMQ', { DATA_DIR: dir.path, DATABASE_URL: database.url, REDIS_URL: testRedisUrl, QUEUE_PREFIX: uniquePrefix() }, users, rounds);
    } finally {
      await database.drop();
    }
  } finally {
    await dir.remove();
  }
}

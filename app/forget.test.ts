// /forget on the production shape (Postgres, BullMQ and the AI cache in Redis, files on disk,
// an AI provider): after the user confirms, a scan of every table, the file store and Redis
// finds nothing of theirs: not their user id, not an id of any of their rows, not their name
// or words.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { Redis } from 'ioredis';
import pg from 'pg';
import { parseConfig } from '../core/config.ts';
import { FakeOpenAI } from '../test-helpers/fake-openai.ts';
import { PlaygroundClient, type ShownEvent } from '../test-helpers/playground-client.ts';
import { createTempDatabase, type TempDatabase } from '../test-helpers/postgres.ts';
import { testRedisUrl, uniquePrefix } from '../test-helpers/redis.ts';
import { weakBulletsResume } from '../test-helpers/resume-files.ts';
import { scriptedStrategist } from '../test-helpers/scripted-strategist.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';
import { serve, type Served } from './serve.ts';

const provider = new FakeOpenAI();
const prefix = uniquePrefix();
let database: TempDatabase;
let dir: Awaited<ReturnType<typeof createTempDir>>;
let served: Served;
const resume = { ...weakBulletsResume, basics: { ...weakBulletsResume.basics, name: 'Zinnia Forgetwell', email: 'zinnia@example.com' } };

before(async () => {
  provider.defaultReply = scriptedStrategist;
  await provider.start();
  database = await createTempDatabase();
  dir = await createTempDir();
  served = await serve(
    parseConfig({
      DATA_DIR: dir.path, PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '200', DATABASE_URL: database.url, REDIS_URL: testRedisUrl, QUEUE_PREFIX: prefix,
      OPENAI_API_KEY: provider.apiKey, OPENAI_BASE_URL: provider.baseUrl,
    }),
    'all',
  );
});
after(async () => {
  await served.stop();
  await provider.stop();
  await database.drop();
  await dir.remove();
  const redis = new Redis(testRedisUrl);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

function next(client: PlaygroundClient, pattern: RegExp): Promise<ShownEvent> {
  const seen = new Set(client.events);
  return client.waitFor((e) => !seen.has(e) && pattern.test(e.text), 20_000);
}

/** Every file path under a folder. */
async function filesUnder(path: string): Promise<string[]> {
  return (await readdir(path, { recursive: true, withFileTypes: true }).catch(() => [])).filter((f) => f.isFile()).map((f) => `${f.parentPath}/${f.name}`);
}

/** Every key and value under the test's Redis prefix, as text. */
async function redisContents(): Promise<string[]> {
  const redis = new Redis(testRedisUrl);
  try {
    const out: string[] = [];
    for (const key of await redis.keys(`${prefix}*`)) {
      const type = await redis.type(key);
      const value =
        type === 'string' ? await redis.get(key)
        : type === 'hash' ? JSON.stringify(await redis.hgetall(key))
        : type === 'list' ? JSON.stringify(await redis.lrange(key, 0, -1))
        : type === 'set' ? JSON.stringify(await redis.smembers(key))
        : type === 'zset' ? JSON.stringify(await redis.zrange(key, 0, -1))
        : type === 'stream' ? JSON.stringify(await redis.xrange(key, '-', '+'))
        : '';
      out.push(`${key} ${value}`);
    }
    return out;
  } finally {
    redis.disconnect();
  }
}

test('after /forget and its confirmation, no table, file or Redis key holds anything of the user', async () => {
  const client = new PlaygroundClient(served.url, 'Zinnia');
  await client.connect();
  const ready = next(client, /Resume version 1 is ready/);
  await client.upload('zinnia.json', Buffer.from(JSON.stringify(resume)), 'application/json');
  await ready;
  const answered = next(client, /_Sources: \[1\]/);
  await client.say('How do I negotiate a higher salary offer?');
  await answered;
  const planned = next(client, /^\*\*Your plan for the Stripe interview/);
  await client.say('I have an interview at Stripe on Friday');
  await planned;
  const card = next(client, /^\*\*Save this story\?\*\*/);
  await client.say('save this story: Zinnia-only situation words here. I was asked to speed up payouts. I rewrote the batching. Payout time dropped by 40% for 3,000 merchants.');
  const save = (await card).buttons.find((b) => b.label === 'Save')!;
  const saved = next(client, /^✅ Saved/);
  await client.press(save.actionId, save.value);
  await saved;
  // A live /link code is the user's too.
  const linkCode = next(client, /^Your link code/);
  await client.say('/link');
  await linkCode;
  await served.runtime.queue.waitUntilIdle();

  const { store } = served.runtime;
  const userId = (await store.admin.searchUsers('Zinnia', 1))[0]!.id;
  const tables = await store.privacy.exportUser(userId);
  const ids = [userId, ...Object.values(tables).flatMap((rows) => rows.map((r) => (r as { id?: string }).id).filter((id): id is string => !!id))];
  assert.ok(ids.length > 10, `${ids.length} ids`);
  const traces = [...ids, 'Zinnia', 'Forgetwell', 'zinnia@example.com'];
  assert.ok((await redisContents()).some((v) => traces.some((t) => v.includes(t))), 'before: Redis holds the user (cached AI, jobs)');
  assert.ok((await filesUnder(dir.path)).some((f) => f.includes(userId)), 'before: their upload is on disk');

  const ask = next(client, /^This deletes everything I store about you: .*resume versions?/);
  await client.say('/forget');
  const confirm = (await ask).buttons.find((b) => b.label === 'Delete everything')!;
  const done = next(client, /^Done: I deleted .* and \d+ files?\. If you write again, I start fresh\./);
  await client.press(confirm.actionId, confirm.value);
  await done;

  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  try {
    const { rows: tableNames } = await db.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
    assert.ok(tableNames.length > 15);
    for (const { table_name: table } of tableNames) {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" AS t WHERE t::text ILIKE ANY($1)`, [traces.map((t) => `%${t}%`)]);
      assert.equal(rows[0]!.n, 0, `${table} still holds something of the user`);
    }
  } finally {
    await db.end();
  }
  assert.deepEqual((await filesUnder(dir.path)).filter((f) => traces.some((t) => f.includes(t))), [], 'no file of theirs is left');
  assert.deepEqual((await redisContents()).filter((v) => traces.some((t) => v.includes(t))), [], 'no Redis key or value of theirs is left');
});

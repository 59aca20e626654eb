// The app as separate processes: killed mid-interview and started again, start-up failures
// that name their fix, and the production split of bots and workers on Postgres and BullMQ.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startEntry, runEntry } from '../test-helpers/processes.ts';
import { PlaygroundClient } from '../test-helpers/playground-client.ts';
import { createTempDatabase, type TempDatabase } from '../test-helpers/postgres.ts';
import { testRedisUrl, uniquePrefix } from '../test-helpers/redis.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';
import { sampleResume } from '../test-helpers/resume-files.ts';

describe('a killed process', () => {
  test('killed mid-interview (SIGKILL), the next start continues the same session', async () => {
    const dir = await createTempDir();
    const start = () => startEntry('app/start.ts', { DATA_DIR: dir.path, PORT: '0' }, /Open the playground: (http:\S+)/);
    try {
      let server = await start();
      const client = new PlaygroundClient(server.match[1]!, 'Kai');
      await client.connect();
      await client.say('/interview backend behavioral mid');
      await client.waitFor((e) => e.text.includes('**Q1/5.**'));
      const story = 'At my last company releases took two days. I was responsible for the pipeline, so I measured each step and I automated the checks. As a result releases took 40 minutes.';
      await client.say(story);
      await client.waitFor((e) => e.text.startsWith('**Q2/5.**'));
      client.disconnect();
      server.child.kill('SIGKILL');
      await new Promise((resolve) => server.child.once('exit', resolve));

      server = await start();
      const again = new PlaygroundClient(server.match[1]!, 'Kai', client.clientId); // the same tab, reloaded
      await again.connect();
      await again.say(story);
      await again.waitFor((e) => e.text.startsWith('**Q3/5.**'));
      again.disconnect();
      assert.equal(await server.stop(), 0);
    } finally {
      await dir.remove();
    }
  });
});

describe('start-up failures are one clear line naming the fix', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['unreachable DATABASE_URL', { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, /^intervai: The database at DATABASE_URL \(127\.0\.0\.1:1\/none\) is not reachable\. Start Postgres or fix DATABASE_URL, or unset it to use the embedded database\.\n$/],
    ['unreachable REDIS_URL', { REDIS_URL: 'redis://127.0.0.1:1' }, /^intervai: Redis at REDIS_URL \(127\.0\.0\.1:1\) is not reachable\. Start Redis or fix REDIS_URL, or unset it to run jobs in-process\.\n$/],
    ['an unreachable Telegram API', { TELEGRAM_BOT_TOKEN: '1:x', TELEGRAM_API_ROOT: 'http://127.0.0.1:1' }, /^intervai: The Telegram Bot API at TELEGRAM_API_ROOT \(http:\/\/127\.0\.0\.1:1\) is not reachable\. Check the address and the network, or unset TELEGRAM_BOT_TOKEN\.\n$/],
    ['a Slack token without a signing secret or app token', { SLACK_BOT_TOKEN: 'xoxb-1' }, /^intervai: SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET/],
    ['a malformed DATABASE_URL', { DATABASE_URL: 'not a url' }, /^intervai: Invalid configuration\. DATABASE_URL: DATABASE_URL must be a full URL/],
  ];
  for (const [name, env, expected] of cases) {
    test(name, async () => {
      const dir = await createTempDir();
      const run = await runEntry('app/start.ts', [], { DATA_DIR: dir.path, PORT: '0', ...env });
      assert.equal(run.code, 1);
      assert.match(run.stderr, expected);
      await dir.remove();
    });
  }

  test('start:workers without REDIS_URL explains what it needs', async () => {
    const run = await runEntry('workers/main.ts', [], {});
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^intervai-workers: Separate workers take their jobs from Redis\. Set REDIS_URL, or use `npm start`/);
  });
});

describe('production split: start:bots and start:workers on Postgres and BullMQ', () => {
  let database: TempDatabase;
  let dir: { path: string; remove(): Promise<void> };
  before(async () => {
    database = await createTempDatabase();
    dir = await createTempDir();
  });
  after(async () => {
    await database.drop();
    await dir.remove();
  });

  test('a second process running the workers picks up the upload job and its reply reaches the chat', async () => {
    const env = { DATABASE_URL: database.url, REDIS_URL: testRedisUrl, QUEUE_PREFIX: uniquePrefix(), DATA_DIR: dir.path, PORT: '0' };
    const bots = await startEntry('app/start-bots.ts', env, /Open the playground: (http:\S+)/);
    const workers = await startEntry('workers/main.ts', env, /workers are running/);
    try {
      const client = new PlaygroundClient(bots.match[1]!, 'Alice');
      await client.connect();
      await client.say('/start');
      await client.waitFor((e) => e.text.startsWith('Hi Alice!'));
      assert.equal((await client.upload('cv.pdf', (await sampleResume('pdf-one-column')).bytes, 'application/pdf')).status, 202);
      await client.waitFor((e) => e.event === 'edit' && e.text.startsWith('✅ **Resume version 1 is ready** (cv.pdf, PDF'));
      client.disconnect();

      const health = await (await fetch(`${bots.match[1]}healthz`)).json();
      assert.equal(health.status, 'ok');
      assert.deepEqual([health.database.kind, health.queue.kind], ['postgres', 'bullmq']);
      const metrics = await (await fetch(`${bots.match[1]}metrics`)).text();
      assert.match(metrics, /intervai_events_received_total\{platform="web",kind="message"\} 2/);
      // The one job left waiting is tomorrow's retention purge (workers/purge-expired.ts).
      assert.match(metrics, /intervai_jobs\{state="waiting"\} 1/);
    } finally {
      assert.equal(await workers.stop(), 0, workers.output());
      assert.equal(await bots.stop(), 0, bots.output());
    }
  });
});

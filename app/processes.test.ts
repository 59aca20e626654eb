// The real entry points as separate processes: the CLI, start-up failures, and the production
// split (start:bots + start:workers on Postgres and BullMQ).
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { startEntry, runEntry } from '../test-helpers/processes.ts';
import { PlaygroundClient } from '../test-helpers/playground-client.ts';
import { createTempDatabase, type TempDatabase } from '../test-helpers/postgres.ts';
import { testRedisUrl, uniquePrefix } from '../test-helpers/redis.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';
import { encryptedPdf, plainTextResume, sampleResume } from '../test-helpers/resume-files.ts';

describe('intervai chat', () => {
  let dir: { path: string; remove(): Promise<void> };
  before(async () => (dir = await createTempDir()));
  after(() => dir.remove());

  test('prints the welcome and the command list for piped /start and /help', async () => {
    const run = await runEntry('app/cli.ts', ['chat'], { DATA_DIR: dir.path }, '/start\n/help\n');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /IntervAI: Hi \S+! I'm IntervAI, your interview and resume coach\./);
    assert.match(run.stdout, /\[1\] Upload resume {2}\[2\] Start an interview {2}\[3\] How it works/);
    assert.match(run.stdout, /What I can do now[\s\S]*\/help — this list[\s\S]*Coming soon/);
    assert.equal(run.stderr, '');
  });

  test('a pasted file path is uploaded, and the CLI waits for the queued check before exiting', async () => {
    const file = `${dir.path}/my resume.txt`;
    await writeFile(file, plainTextResume);
    const run = await runEntry('app/cli.ts', ['chat'], { DATA_DIR: dir.path }, `'${file}'\n`);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /IntervAI \(update\): ✅ Resume version 1 is ready \(my resume\.txt, plain text\)\nAda Lovelace · Analytical Engine Programmer/);
  });

  test('an unknown CLI command says so and shows the usage', async () => {
    const run = await runEntry('app/cli.ts', ['frobnicate'], {});
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^intervai: unknown command "frobnicate"\.\n\nUsage: intervai <command>/);
  });
});

describe('intervai parse', () => {
  let dir: { path: string; remove(): Promise<void> };
  before(async () => (dir = await createTempDir()));
  after(() => dir.remove());

  test('--json prints the JSON Resume of a two-column PDF; without it, a summary', async () => {
    const { bytes, expected } = await sampleResume('pdf-two-column');
    await writeFile(`${dir.path}/cv.pdf`, bytes);
    const json = await runEntry('app/cli.ts', ['parse', `${dir.path}/cv.pdf`, '--json'], {});
    assert.equal(json.code, 0, json.stderr);
    const resume = JSON.parse(json.stdout);
    assert.equal(resume.basics.name, expected.basics.name);
    assert.deepEqual(resume.work.map((w: { name: string }) => w.name), expected.work.map((w) => w.name));
    const summary = await runEntry('app/cli.ts', ['parse', `${dir.path}/cv.pdf`], {});
    assert.match(summary.stdout, /^Oluwaseun Adebayo · Backend Engineer, Payments\n• 3 roles/);
  });

  test('a bad file exits 1 with one line saying what is wrong', async () => {
    await writeFile(`${dir.path}/locked.pdf`, await encryptedPdf());
    const run = await runEntry('app/cli.ts', ['parse', `${dir.path}/locked.pdf`], {});
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^intervai: locked\.pdf is password-protected, so I can't read it\. [^\n]*\n$/);
  });
});

describe('intervai match', () => {
  test('prints the match report of a resume against a job description; --json gives the figures', async () => {
    const resume = 'eval/resumes/people/02-oluwaseun-adebayo.json';
    const jd = 'eval/match/jds/01-backend-payments.md';
    const text = await runEntry('app/cli.ts', ['match', resume, jd], {});
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^Match: \d+\/100 for Senior Backend Engineer, Payments\nSkills: ✅ [^\n]*PostgreSQL/);
    assert.match(text.stdout, /\nNext steps\n1\) /);
    const json = await runEntry('app/cli.ts', ['match', resume, jd, '--json'], {});
    const report = JSON.parse(json.stdout);
    assert.ok(report.score > 50 && report.score <= 100);
    assert.ok(report.requirements.hardSkills.includes('Kafka'));
  });

  test('a missing file exits 1 with one line', async () => {
    const run = await runEntry('app/cli.ts', ['match', 'nope.pdf', 'eval/match/jds/01-backend-payments.md'], {});
    assert.equal(run.code, 1);
    assert.equal(run.stderr, 'intervai: nope.pdf is not a readable file. Check the path and that you can read it.\n');
  });
});

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
      assert.match(metrics, /intervai_jobs\{state="waiting"\} 0/);
    } finally {
      assert.equal(await workers.stop(), 0, workers.output());
      assert.equal(await bots.stop(), 0, bots.output());
    }
  });
});

// One contract for both JobQueue implementations: retries with backoff, idempotent job ids,
// and the failure hook that tells the user.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createInProcessQueue } from '../core/queue/in-process-queue.ts';
import { PermanentJobError } from '../core/errors.ts';
import type { FailedJob, JobQueue } from '../core/ports/job-queue.ts';
import { silentLogger } from '../core/ports/logger.ts';
import type { Store } from '../core/ports/store.ts';
import { openStore } from '../db/store.ts';
import { freePort } from '../test-helpers/free-port.ts';
import { startPrivateRedis, testRedisUrl, uniquePrefix } from '../test-helpers/redis.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';
import { createBullmqQueue } from './bullmq-queue.ts';

const payload = (id: string) => ({ resumeId: id, conversationId: 'c', progressMessageId: 'm' });

/** BullMQ moves a job to the failed list just after the failure hook runs. */
async function waitForFailed(queue: JobQueue) {
  for (let i = 0; i < 100; i++) {
    const failed = await queue.failedJobs(10);
    if (failed.length) return failed;
    await new Promise((r) => setTimeout(r, 20));
  }
  return [];
}

function queueContract(name: string, make: () => Promise<JobQueue>) {
  describe(name, () => {
    test('a job that fails twice is retried and then succeeds', async () => {
      const queue = await make();
      const attemptsSeen: number[] = [];
      const failures: FailedJob[] = [];
      await queue.process(
        {
          'parse-resume': async (_p, ctx) => {
            attemptsSeen.push(ctx.attempt);
            if (ctx.attempt < 3) throw new Error('flaky');
          },
        },
        async (f) => void failures.push(f),
      );
      await queue.enqueue('parse-resume', payload('r1'), { jobId: 'retry-1' });
      await queue.waitUntilIdle();
      await queue.close();
      assert.deepEqual(attemptsSeen, [1, 2, 3]);
      assert.equal(failures.length, 0);
    });

    test('the same job id enqueued twice runs once', async () => {
      const queue = await make();
      const ran: string[] = [];
      await queue.process({ 'parse-resume': async (p) => void ran.push(p.resumeId) }, async () => {});
      await queue.enqueue('parse-resume', payload('a'), { jobId: 'same-id' });
      await queue.enqueue('parse-resume', payload('a'), { jobId: 'same-id' });
      await queue.waitUntilIdle();
      await queue.enqueue('parse-resume', payload('a'), { jobId: 'same-id' });
      await queue.waitUntilIdle();
      await queue.close();
      assert.deepEqual(ran, ['a']);
    });

    test('the failure hook runs once after the last try, and at once for a permanent error', async () => {
      const queue = await make();
      const failures: FailedJob[] = [];
      const hookCalled = new Promise<void>((resolve) => {
        void queue.process(
          {
            'parse-resume': async (p) => {
              if (p.resumeId === 'permanent') throw new PermanentJobError('bad_input', 'That file cannot be read.');
              throw new Error('always down');
            },
          },
          async (f) => {
            failures.push(f);
            if (failures.length === 2) resolve();
          },
        );
      });
      await queue.enqueue('parse-resume', payload('permanent'), { jobId: 'fail-permanent' });
      await queue.enqueue('parse-resume', payload('transient'), { jobId: 'fail-transient' });
      await hookCalled;
      await queue.close();
      const byId = Object.fromEntries(failures.map((f) => [(f.payload as { resumeId: string }).resumeId, f]));
      assert.equal(byId.permanent?.attempts, 1);
      assert.ok(byId.permanent?.error instanceof PermanentJobError);
      assert.equal(byId.transient?.attempts, 3);
      assert.equal((byId.transient?.error as Error).message, 'always down');
    });

    test('a job failed for good is listed with a safe reason, and retry runs it again', async () => {
      const queue = await make();
      let healthy = false;
      const ran: number[] = [];
      const failed = new Promise<void>((resolve) => {
        void queue.process(
          {
            'parse-resume': async (_p, ctx) => {
              ran.push(ctx.attempt);
              if (!healthy) throw new PermanentJobError('bad_input', 'Failed query: select 1\nparams: Alice Chen');
            },
          },
          async () => resolve(),
        );
      });
      await queue.enqueue('parse-resume', payload('retry-me'), { jobId: 'retry-later' });
      await failed;
      const [listed] = await waitForFailed(queue);
      assert.equal(listed?.name, 'parse-resume');
      assert.ok(listed && !listed.reason.includes('Alice'), listed?.reason);
      healthy = true;
      assert.equal(await queue.retry(listed!.jobId), true);
      await queue.waitUntilIdle();
      assert.equal(ran.length, 2);
      assert.equal(await queue.retry('no-such-job'), false);
      await queue.close();
    });
  });
}

queueContract('in-process queue', async () => createInProcessQueue({ backoffMs: 5 }));

describe('in-process queue with its journal in PGlite', () => {
  let dir: { path: string; remove(): Promise<void> };
  let store: Store;
  before(async () => {
    dir = await createTempDir();
    store = await openStore({ kind: 'pglite', dataDir: dir.path });
  });
  after(async () => {
    await store.close();
    await dir.remove();
  });

  queueContract('same contract', async () => createInProcessQueue({ backoffMs: 5, journal: store.jobJournal('test') }));

  test('work left unfinished by one process is resumed by the next, and a finished id stays finished', async () => {
    const first = createInProcessQueue({ journal: store.jobJournal('test') });
    // No processors registered: the job waits, as if the process stopped before running it.
    await first.enqueue('parse-resume', payload('survivor'), { jobId: 'restart-1' });
    await first.close();

    const second = createInProcessQueue({ journal: store.jobJournal('test') });
    const ran: string[] = [];
    await second.process({ 'parse-resume': async (p) => void ran.push(p.resumeId) }, async () => {});
    await second.waitUntilIdle();
    await second.close();
    assert.deepEqual(ran, ['survivor']);

    const third = createInProcessQueue({ journal: store.jobJournal('test') });
    await third.process({ 'parse-resume': async (p) => void ran.push(p.resumeId) }, async () => {});
    await third.enqueue('parse-resume', payload('survivor'), { jobId: 'restart-1' });
    await third.waitUntilIdle();
    await third.close();
    assert.deepEqual(ran, ['survivor'], 'neither resumed nor run again');
  });

  test('each owner resumes only its own jobs', async () => {
    const terminal = createInProcessQueue({ journal: store.jobJournal('terminal:alice') });
    await terminal.enqueue('parse-resume', payload('alice-file'), { jobId: 'owner-1' });
    await terminal.close();
    const server = createInProcessQueue({ journal: store.jobJournal('server') });
    const ran: string[] = [];
    await server.process({ 'parse-resume': async (p) => void ran.push(p.resumeId) }, async () => {});
    await server.waitUntilIdle();
    await server.close();
    assert.deepEqual(ran, []);
  });

  test('a job that stopped the process on every try is failed with a notice instead of run again', async () => {
    const journal = store.jobJournal('crashy');
    await journal.add({ jobId: 'poison-1', name: 'parse-resume', payload: payload('poison'), runAt: new Date() });
    for (let i = 0; i < 3; i++) await journal.started('poison-1'); // three runs that never finished
    const queue = createInProcessQueue({ journal });
    const failures: FailedJob[] = [];
    let ran = false;
    await queue.process({ 'parse-resume': async () => void (ran = true) }, async (f) => void failures.push(f));
    await queue.waitUntilIdle();
    await queue.close();
    assert.equal(ran, false);
    assert.equal(failures.length, 1);
    assert.match((failures[0]!.error as Error).message, /interrupted several times/);
    assert.deepEqual(await journal.unfinished(), []);
  });

  test('a job that fails because the process is stopping is kept for the next start, with no notice', async () => {
    const journal = store.jobJournal('stopping');
    const queue = createInProcessQueue({ journal });
    let release: () => void = () => {};
    const started = new Promise<void>((resolve) => {
      void queue.process(
        {
          'parse-resume': async () => {
            resolve();
            await new Promise<void>((r) => (release = r));
            throw new Error('database closed under me');
          },
        },
        async () => assert.fail('no failure notice while stopping'),
      );
    });
    await queue.enqueue('parse-resume', payload('midway'), { jobId: 'stopping-1' });
    await started;
    const closing = queue.close();
    release();
    await closing;
    assert.deepEqual((await journal.unfinished()).map((e) => [e.jobId, e.attempts]), [['stopping-1', 1]]);
  });
});

const bullmqOptions = () => ({ redisUrl: testRedisUrl, prefix: uniquePrefix(), backoffMs: 5, logger: silentLogger });
queueContract('BullMQ queue', async () => createBullmqQueue(bullmqOptions()));

test('BullMQ: a job enqueued by one process is run by another (a separate worker)', async () => {
  const options = bullmqOptions();
  const producer = await createBullmqQueue(options);
  const worker = await createBullmqQueue(options);
  const done = new Promise<string>((resolve) =>
    void worker.process({ 'parse-resume': async (p) => resolve(p.resumeId) }, async () => {}),
  );
  await producer.enqueue('parse-resume', payload('from-producer'), { jobId: 'cross-1' });
  assert.equal(await done, 'from-producer');
  await producer.waitUntilIdle();
  await Promise.all([producer.close(), worker.close()]);
});

test('BullMQ: when Redis goes away, enqueue fails at once and health says so', async () => {
  const redis = await startPrivateRedis(await freePort());
  const queue = await createBullmqQueue({ ...bullmqOptions(), redisUrl: redis.url });
  assert.equal((await queue.health()).ok, true);
  await redis.stop();
  await assert.rejects(queue.enqueue('parse-resume', payload('x'), { jobId: 'outage-1' }));
  const health = await queue.health();
  assert.equal(health.ok, false);
  await queue.close();
});

test('BullMQ: an unreachable REDIS_URL gives one clear sentence naming the fix', async () => {
  await assert.rejects(createBullmqQueue({ ...bullmqOptions(), redisUrl: 'redis://127.0.0.1:1' }), /REDIS_URL \(127\.0\.0\.1:1\) is not reachable.*unset it/);
});

test('in-process queue: a delayed job runs when its clock says so, even weeks ahead (beyond what one timer can wait)', async () => {
  let clock = Date.parse('2026-01-01T08:00:00Z');
  const queue = createInProcessQueue({ now: () => clock, recheckMs: 10 });
  const ran: string[] = [];
  await queue.process({ 'plan-reminder': async (p) => void ran.push(p.date) }, async () => {});
  await queue.enqueue('plan-reminder', { planId: 'p', date: 'in-40-days' }, { jobId: 'far', delayMs: 40 * 86_400_000 });
  await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(ran, [], 'not due yet');
  clock += 40 * 86_400_000;
  for (let i = 0; i < 100 && ran.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(ran, ['in-40-days']);
  await queue.close();
});

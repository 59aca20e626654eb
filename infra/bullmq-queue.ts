// The production JobQueue: BullMQ on Redis. Worker jobs and bot jobs (message delivery) use
// separate queues so each kind of process takes only the jobs it can run.
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { PermanentJobError } from '../core/errors.ts';
import {
  defaultRetry,
  jobRoles,
  failureReason,
  type EnqueueOptions,
  type FailedJobInfo,
  payloadNames,
  type FailureHook,
  type JobName,
  type JobPayloads,
  type JobQueue,
  type ProcessorRegistry,
  type QueueHealth,
} from '../core/ports/job-queue.ts';
import type { Logger } from '../core/ports/logger.ts';
import { connectRedis } from './redis.ts';

export interface BullmqQueueOptions {
  redisUrl: string;
  /** Redis key prefix; tests use a unique one. */
  prefix?: string;
  attempts?: number;
  backoffMs?: number;
  concurrency?: number;
  logger: Logger;
}

const queueNames = { worker: 'intervai-work', bot: 'intervai-bot' } as const;
type Role = keyof typeof queueNames;

export async function createBullmqQueue(options: BullmqQueueOptions): Promise<JobQueue> {
  const connection = await connectRedis(options.redisUrl);
  const prefix = options.prefix ?? 'intervai';
  const attempts = options.attempts ?? defaultRetry.attempts;
  const backoffMs = options.backoffMs ?? defaultRetry.backoffMs;
  const queues: Record<Role, Queue> = {
    worker: new Queue(queueNames.worker, { connection, prefix }),
    bot: new Queue(queueNames.bot, { connection, prefix }),
  };
  const workers: Worker[] = [];
  const workerConnections: Redis[] = [];
  /** Failure notices under way; close() lets them finish before the store closes. */
  const notices = new Set<Promise<void>>();
  for (const queue of Object.values(queues)) queue.on('error', (error) => options.logger.warn({ err: error }, 'queue error'));

  async function counts() {
    const all = await Promise.all(
      Object.values(queues).map((q) => q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed')),
    );
    return all.reduce<{ waiting: number; active: number; failed: number }>(
      (sum, c) => ({
        waiting: sum.waiting + (c.waiting ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0),
        active: sum.active + (c.active ?? 0),
        failed: sum.failed + (c.failed ?? 0),
      }),
      { waiting: 0, active: 0, failed: 0 },
    );
  }

  return {
    async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], { jobId, delayMs }: EnqueueOptions) {
      await queues[jobRoles[name]].add(name, payload, {
        // BullMQ reserves ':' in custom ids.
        jobId: jobId.replaceAll(':', '_'),
        delay: delayMs,
        attempts,
        backoff: { type: 'exponential', delay: backoffMs },
        // Finished jobs are kept a while so a duplicate enqueue is still recognised.
        removeOnComplete: { age: 24 * 3600, count: 10_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      });
    },

    async process(registry: ProcessorRegistry, onFailed: FailureHook) {
      for (const role of Object.keys(queues) as Role[]) {
        const names = (Object.keys(registry) as JobName[]).filter((n) => jobRoles[n] === role);
        if (names.length === 0) continue;
        // Workers block on their connection, so each gets its own, which waits out outages.
        const workerConnection = connection.duplicate({ maxRetriesPerRequest: null, enableOfflineQueue: true });
        workerConnections.push(workerConnection);
        const worker = new Worker(
          queueNames[role],
          async (job: Job) => {
            const processor = registry[job.name as JobName] as
              | ((p: unknown, c: { jobId: string; attempt: number }) => Promise<void>)
              | undefined;
            if (!processor) throw new UnrecoverableError(`no processor for ${job.name} here`);
            try {
              await processor(job.data, { jobId: job.id!, attempt: job.attemptsMade + 1 });
            } catch (error) {
              if (error instanceof PermanentJobError) throw Object.assign(new UnrecoverableError(error.message), { cause: error });
              throw error;
            }
          },
          { connection: workerConnection, prefix, concurrency: options.concurrency ?? 4 },
        );
        worker.on('error', (error) => options.logger.warn({ err: error }, 'worker error'));
        worker.on('failed', (job, error) => {
          if (!job) return;
          const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
          if (!final) return;
          const cause = (error as { cause?: unknown }).cause ?? error;
          const notice: Promise<void> = onFailed({ name: job.name as JobName, jobId: job.id!, payload: job.data, error: cause, attempts: job.attemptsMade })
            .catch((hookError) => options.logger.error({ err: hookError }, 'failure hook failed'))
            .finally(() => notices.delete(notice));
          notices.add(notice);
        });
        await worker.waitUntilReady();
        workers.push(worker);
      }
    },

    async failedJobs(limit): Promise<FailedJobInfo[]> {
      const jobs = (await Promise.all(Object.values(queues).map((q) => q.getFailed(0, limit - 1)))).flat();
      return jobs
        .map((job) => ({ jobId: job.id!, name: job.name as JobName, attempts: job.attemptsMade, failedAt: new Date(job.finishedOn ?? job.timestamp), reason: failureReason({ name: 'Error', message: job.failedReason }) }))
        .sort((a, b) => b.failedAt.getTime() - a.failedAt.getTime())
        .slice(0, limit);
    },

    async retry(jobId) {
      for (const queue of Object.values(queues)) {
        const job = await queue.getJob(jobId);
        if (job && (await job.isFailed())) {
          await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
          return true;
        }
      }
      return false;
    },

    async forget(ids) {
      const named = new Set(ids);
      let removed = 0;
      for (const queue of Object.values(queues)) {
        for (const job of await queue.getJobs(['waiting', 'delayed', 'prioritized', 'completed', 'failed'])) {
          if (!job || !payloadNames(job.data, named)) continue;
          await job.remove().catch(() => {}); // it may have just started: a running job cannot be removed
          removed++;
        }
        // BullMQ's event log names job ids (which carry the user's row ids). Nothing here reads
        // it (no QueueEvents listeners), so it is emptied rather than filtered.
        await queue.trimEvents(0);
      }
      return removed;
    },

    async waitUntilIdle() {
      // A reminder days away is not current work, but a job waiting for its retry is, and BullMQ
      // parks both in 'delayed'. One atomic read of the jobs tells them apart (separate reads raced
      // with a retry moving between states): a job is current if it was tried or is due. Only the
      // first few of each state are read, soonest first: a retry waits seconds, so it leads 'delayed'.
      const isCurrent = (job: Job) => job.attemptsMade > 0 || job.timestamp + (job.delay ?? 0) <= Date.now();
      for (;;) {
        const jobs = await Promise.all(Object.values(queues).map((q) => q.getJobs(['waiting', 'active', 'prioritized', 'delayed'], 0, 19, true)));
        if (!jobs.flat().some(isCurrent)) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },

    async health(): Promise<QueueHealth> {
      try {
        const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Redis did not answer within 2 s')), 2000).unref());
        return { ok: true, kind: 'bullmq', ...(await Promise.race([counts(), timeout])) };
      } catch (error) {
        return { ok: false, kind: 'bullmq', waiting: 0, active: 0, failed: 0, detail: (error as Error).message };
      }
    },

    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all(notices);
      await Promise.all(Object.values(queues).map((q) => q.close()));
      for (const c of [...workerConnections, connection]) c.disconnect();
    },
  };
}

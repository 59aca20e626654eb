// The embedded default JobQueue: the same processors as BullMQ, run in this process with the
// same retry, backoff, idempotency and failure-notice rules. With a journal (the database),
// every job is written down before it runs, so a restart resumes what was unfinished.
// Production uses BullMQ on Redis, where several processes share the work.
import { AppError, PermanentJobError } from '../errors.ts';
import {
  defaultRetry,
  failureReason,
  type EnqueueOptions,
  type FailedJobInfo,
  payloadNames,
  type FailureHook,
  type JobJournal,
  type JobName,
  type JobPayloads,
  type JobQueue,
  type ProcessorRegistry,
  type QueueHealth,
} from '../ports/job-queue.ts';

interface PendingJob {
  name: JobName;
  jobId: string;
  payload: JobPayloads[JobName];
  /** The try about to run, 1 on the first. */
  attempt: number;
}

export interface InProcessQueueOptions {
  attempts?: number;
  backoffMs?: number;
  concurrency?: number;
  /** How many finished job ids are remembered in memory to drop duplicates quickly. */
  rememberFinished?: number;
  /** Durable record of jobs; without it, jobs live in memory only. */
  journal?: JobJournal;
  /** The clock delayed jobs are due by; tests move it forward to make a day pass. */
  now?: () => number;
  /** How often a delayed job looks at the clock again (setTimeout cannot wait beyond ~24 days). */
  recheckMs?: number;
}

/** A job resumed after it had already used every try: it stopped the process each time. */
class InterruptedTooOftenError extends AppError {
  constructor() {
    super('job_interrupted', 'That work was interrupted several times, so I stopped retrying it. Please try again.');
  }
}

export function createInProcessQueue(options: InProcessQueueOptions = {}): JobQueue {
  const attempts = options.attempts ?? defaultRetry.attempts;
  const backoffMs = options.backoffMs ?? defaultRetry.backoffMs;
  const concurrency = options.concurrency ?? 4;
  const rememberFinished = options.rememberFinished ?? 10_000;
  const journal = options.journal;
  const now = options.now ?? Date.now;
  const recheckMs = options.recheckMs ?? 3_600_000;

  const ready: PendingJob[] = [];
  const timers = new Set<NodeJS.Timeout>();
  /** Jobs waiting for their delay (reminders), so a deleted user's can be dropped. */
  const delayedJobs = new Map<string, { job: PendingJob; timer: NodeJS.Timeout }>();
  /** Job ids waiting, delayed, running or recently finished: enqueuing one again is a no-op. */
  const known = new Set<string>();
  const finished: string[] = [];
  const journalWrites = new Set<Promise<void>>();
  let registry: ProcessorRegistry = {};
  let onFailed: FailureHook = async () => {};
  let running = 0;
  /** Jobs waiting for a retry's backoff: part of the current work. */
  let retrying = 0;
  /** Jobs enqueued with a delay (reminders): waiting, but not current work. */
  let delayed = 0;
  let failedCount = 0;
  /** The newest jobs that failed for good, for an operator to see and retry (memory only). */
  const failedJobs: Array<{ job: PendingJob; info: FailedJobInfo }> = [];
  let resumed = false;
  let closed = false;
  let idleWaiters: Array<() => void> = [];

  function isIdle() {
    return ready.length === 0 && running === 0 && retrying === 0;
  }

  function settleIdle() {
    if (!isIdle()) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  function later(ms: number, fn: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
    return timer;
  }

  function write(operation: Promise<void>) {
    // If a journal write fails the job runs again after a restart; jobs are idempotent.
    const tracked: Promise<void> = operation.catch(() => {}).finally(() => journalWrites.delete(tracked));
    journalWrites.add(tracked);
    return tracked;
  }

  function remember(jobId: string, outcome: 'done' | 'failed') {
    finished.push(jobId);
    if (finished.length > rememberFinished) known.delete(finished.shift()!);
    if (journal) void write(journal.finish(jobId, outcome));
  }

  function schedule(job: PendingJob, runAt: number) {
    if (runAt - now() <= 0) {
      ready.push(job);
      queueMicrotask(pump);
      return;
    }
    delayed++;
    // A long delay is waited out in steps, each looking at the clock again.
    const wait = () => {
      const left = runAt - now();
      if (left > 0) return void delayedJobs.set(job.jobId, { job, timer: later(Math.min(left, recheckMs), wait) });
      delayed--;
      delayedJobs.delete(job.jobId);
      ready.push(job);
      pump();
    };
    wait();
  }

  function pump() {
    while (!closed && running < concurrency) {
      const index = ready.findIndex((job) => registry[job.name]);
      if (index < 0) break;
      const [job] = ready.splice(index, 1);
      running++;
      void run(job!).finally(() => {
        running--;
        pump();
        settleIdle();
      });
    }
  }

  async function fail(job: PendingJob, error: unknown) {
    failedCount++;
    failedJobs.unshift({ job, info: { jobId: job.jobId, name: job.name, attempts: job.attempt, failedAt: new Date(), reason: failureReason(error) } });
    failedJobs.length = Math.min(failedJobs.length, 100);
    remember(job.jobId, 'failed');
    await onFailed({ name: job.name, jobId: job.jobId, payload: job.payload, error, attempts: job.attempt }).catch(() => {});
  }

  async function run(job: PendingJob) {
    const processor = registry[job.name] as (p: unknown, c: { jobId: string; attempt: number }) => Promise<void>;
    if (job.attempt > attempts) return fail({ ...job, attempt: attempts }, new InterruptedTooOftenError());
    if (journal) await write(journal.started(job.jobId));
    try {
      await processor(job.payload, { jobId: job.jobId, attempt: job.attempt });
      remember(job.jobId, 'done');
    } catch (error) {
      // Stopping: the journal keeps the job unfinished, and the next start retries it.
      if (closed && journal) return;
      if (!(error instanceof PermanentJobError) && job.attempt < attempts && !closed) {
        retrying++;
        later(backoffMs * 2 ** (job.attempt - 1), () => {
          retrying--;
          ready.push({ ...job, attempt: job.attempt + 1 });
          pump();
          settleIdle();
        });
        return;
      }
      await fail(job, error);
    }
  }

  return {
    async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], { jobId, delayMs }: EnqueueOptions) {
      if (closed) throw new Error('queue is closed');
      if (known.has(jobId)) return;
      known.add(jobId);
      const runAt = now() + (delayMs ?? 0);
      try {
        if (journal && !(await journal.add({ jobId, name, payload, runAt: new Date(runAt) }))) return;
      } catch (error) {
        known.delete(jobId);
        throw error;
      }
      schedule({ name, jobId, payload, attempt: 1 }, runAt);
    },

    async process(processors, hook) {
      registry = { ...registry, ...processors };
      onFailed = hook;
      if (journal && !resumed) {
        resumed = true;
        for (const entry of await journal.unfinished()) {
          if (known.has(entry.jobId)) continue;
          known.add(entry.jobId);
          schedule({ name: entry.name, jobId: entry.jobId, payload: entry.payload, attempt: entry.attempts + 1 }, entry.runAt.getTime());
        }
      }
      pump();
    },

    waitUntilIdle() {
      if (isIdle()) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },

    async health(): Promise<QueueHealth> {
      return { ok: true, kind: 'in-process', waiting: ready.length + retrying + delayed, active: running, failed: failedCount };
    },

    async failedJobs(limit) {
      return failedJobs.slice(0, limit).map((f) => f.info);
    },

    async retry(jobId) {
      const index = failedJobs.findIndex((f) => f.info.jobId === jobId);
      if (index < 0 || closed) return false;
      const { job } = failedJobs.splice(index, 1)[0]!;
      failedCount--;
      schedule({ ...job, attempt: 1 }, now());
      return true;
    },

    async forget(ids) {
      const named = new Set(ids);
      let removed = 0;
      for (let i = ready.length - 1; i >= 0; i--) if (payloadNames(ready[i]!.payload, named)) (ready.splice(i, 1), removed++);
      for (const [jobId, { job, timer }] of delayedJobs) {
        if (!payloadNames(job.payload, named)) continue;
        clearTimeout(timer);
        timers.delete(timer);
        delayedJobs.delete(jobId);
        delayed--;
        removed++;
      }
      for (let i = failedJobs.length - 1; i >= 0; i--) if (payloadNames(failedJobs[i]!.job.payload, named)) failedJobs.splice(i, 1);
      if (journal) removed = Math.max(removed, await journal.forget(ids));
      return removed;
    },

    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      retrying = 0;
      delayed = 0;
      ready.length = 0;
      if (running > 0) await new Promise<void>((resolve) => idleWaiters.push(resolve));
      settleIdle();
      await Promise.all(journalWrites);
    },
  };
}

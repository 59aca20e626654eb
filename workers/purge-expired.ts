// purge-expired: once a UTC day, deletes what has been kept longer than RETENTION_DAYS (see
// core/privacy/retention.ts). Every start queues today's run and every run queues tomorrow's as
// a delayed job; the day is in the job id, so several processes or restarts run it once a day,
// and a process that never restarts keeps purging, on the in-process queue and BullMQ alike.
import type { JobQueue, Processor } from '../core/ports/job-queue.ts';
import type { FileStore } from '../core/ports/file-store.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Store } from '../core/ports/store.ts';
import { nextUtcMidnight, purgeExpired, retentionCutoff, utcDay } from '../core/privacy/retention.ts';

export interface PurgeExpiredDeps {
  store: Store;
  files: FileStore;
  queue: Pick<JobQueue, 'enqueue'>;
  logger: Logger;
  retentionDays: number;
  now: () => Date;
}

/** Queues the run of the day `at` falls on, `delayMs` from now (0: at once). */
export function queuePurge(queue: Pick<JobQueue, 'enqueue'>, at: Date, delayMs = 0): Promise<void> {
  const day = utcDay(at);
  return queue.enqueue('purge-expired', { day }, { jobId: `purge-expired-${day}`, delayMs });
}

export function createPurgeExpired({ store, files, queue, logger, retentionDays, now }: PurgeExpiredDeps): Processor<'purge-expired'> {
  return async () => {
    const started = now();
    // Tomorrow's run first: a purge that fails for good today still leaves the schedule going.
    const next = nextUtcMidnight(started);
    await queuePurge(queue, next, next.getTime() - started.getTime());
    const report = await purgeExpired(store.retention, files, retentionCutoff(started, retentionDays));
    // Counts only: what was deleted is never named in logs.
    logger.info({ retentionDays, ...report }, 'expired data purged');
  };
}

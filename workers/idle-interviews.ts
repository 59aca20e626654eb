// Closes interviews nobody has answered for the idle period, with their report so far. A
// periodic sweep in each worker process: ending a session is atomic, so when several workers
// sweep at once, one of them closes it and the report job's id keeps it to one report.
import type { Flows } from '../core/conversation/flows.ts';
import type { JobQueue } from '../core/ports/job-queue.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Store } from '../core/ports/store.ts';

export interface IdleSweepDeps {
  store: Store;
  queue: JobQueue;
  flows: Flows;
  logger: Logger;
  idleMinutes: number;
}

async function closeIdleInterviews({ store, queue, flows, idleMinutes }: IdleSweepDeps, now = new Date()): Promise<number> {
  let closed = 0;
  for (const session of await store.interviews.idleSince(new Date(now.getTime() - idleMinutes * 60_000))) {
    if (!(await store.interviews.end(session.id)) || !session.conversationId) continue;
    await flows.clear(session.conversationId);
    await queue.enqueue('interview-report', { sessionId: session.id, conversationId: session.conversationId, closedForIdle: true }, { jobId: `interview-report-${session.id}` });
    closed++;
  }
  return closed;
}

/** Sweeps every minute, or every quarter of the idle period when that is shorter, so a session
 *  closes soon after its quiet time; one indexed query each. Returns a stop function. */
export function startIdleInterviewSweeper(deps: IdleSweepDeps): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = closeIdleInterviews(deps).catch((error) => deps.logger.warn({ err: error }, 'idle interview sweep failed'));
  }, Math.min(60_000, (deps.idleMinutes * 60_000) / 4));
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

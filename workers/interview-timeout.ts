// interview-timeout: closes an interview nobody has answered for the idle period, with its
// report so far. Each turn schedules one; a check for a session that moved on does nothing.
import type { Flows } from '../core/conversation/flows.ts';
import type { JobQueue, Processor } from '../core/ports/job-queue.ts';
import type { Store } from '../core/ports/store.ts';

export function createInterviewTimeout({ store, queue, flows, idleMinutes }: { store: Store; queue: JobQueue; flows: Flows; idleMinutes: number }): Processor<'interview-timeout'> {
  return async ({ sessionId }) => {
    const session = await store.interviews.get(sessionId);
    if (!session || session.status !== 'active') return;
    if (Date.now() - session.lastActivityAt.getTime() < idleMinutes * 60_000 - 1000) return;
    if (!(await store.interviews.end(sessionId)) || !session.conversationId) return;
    await flows.clear(session.conversationId);
    await queue.enqueue('interview-report', { sessionId, conversationId: session.conversationId, closedForIdle: true }, { jobId: `interview-report-${sessionId}` });
  };
}

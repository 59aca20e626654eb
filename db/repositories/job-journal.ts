import { and, asc, eq, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { JobJournal, JobName } from '../../core/ports/job-queue.ts';
import type { Db } from '../database.ts';
import { jobJournal } from '../schema.ts';

/** How long a finished job id is remembered, as BullMQ keeps completed jobs. */
const rememberFinishedFor = sql`interval '1 day'`;

export function createJobJournalRepository(db: Db, owner: string): JobJournal {
  return {
    async add({ jobId, name, payload, runAt }) {
      const inserted = await db
        .insert(jobJournal)
        .values({ jobId, owner, name, payload, runAt })
        .onConflictDoNothing()
        .returning({ jobId: jobJournal.jobId });
      return inserted.length > 0;
    },

    async started(jobId) {
      await db.update(jobJournal).set({ attempts: sql`${jobJournal.attempts} + 1` }).where(eq(jobJournal.jobId, jobId));
    },

    async finish(jobId, outcome) {
      await db.update(jobJournal).set({ outcome, finishedAt: sql`now()` }).where(eq(jobJournal.jobId, jobId));
    },

    async forget(ids) {
      if (ids.length === 0) return 0;
      const removed = await db
        .delete(jobJournal)
        .where(sql`EXISTS (SELECT 1 FROM jsonb_each_text(${jobJournal.payload}) AS field WHERE field.value = ANY(${sql.param(ids)}::text[]))`)
        .returning({ jobId: jobJournal.jobId });
      return removed.length;
    },

    async unfinished() {
      // A good moment to forget old finished ids: this runs once per start.
      await db.delete(jobJournal).where(and(isNotNull(jobJournal.finishedAt), lt(jobJournal.finishedAt, sql`now() - ${rememberFinishedFor}`)));
      const rows = await db
        .select()
        .from(jobJournal)
        .where(and(eq(jobJournal.owner, owner), isNull(jobJournal.finishedAt)))
        .orderBy(asc(jobJournal.runAt));
      return rows.map((r) => ({ jobId: r.jobId, name: r.name as JobName, payload: r.payload as never, runAt: r.runAt, attempts: r.attempts }));
    },
  };
}

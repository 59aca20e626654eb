// What the daily purge deletes (see core/privacy/retention.ts). Deleting a resume version takes
// the job matches made from it; deleting an interview takes its questions, answers and scores
// (foreign keys cascade). Active interviews are left to the idle sweeper, which ends them first.
import { and, asc, eq, lt, ne, sql } from 'drizzle-orm';
import type { ExpiredRecord, RetentionStore, TranscriptCounts } from '../../core/privacy/retention.ts';
import { rowsOf, type Db } from '../database.ts';
import { conversationMemory, conversations, interviewSessions, messages, practiceAttempts, resumes } from '../schema.ts';

/** An interview's last change: when it ended, or its last answer if it never did. */
const interviewLastChange = sql`coalesce(${interviewSessions.endedAt}, ${interviewSessions.lastActivityAt})`;

/**
 * A user's newest resume version while they have written since the cutoff: someone still using
 * IntervAI keeps the resume it coaches them from, however long ago they uploaded it.
 */
const newestOfActiveUser = (cutoff: Date) => sql`
  ${resumes.version} = (SELECT max(newer.version) FROM ${resumes} newer WHERE newer.user_id = ${resumes.userId})
  AND EXISTS (
    SELECT 1 FROM ${messages} m JOIN ${conversations} c ON c.id = m.conversation_id
    WHERE c.user_id = ${resumes.userId} AND m.direction = 'in' AND m.created_at >= ${cutoff.toISOString()}::timestamptz
  )`;

export function createRetentionRepository(db: Db): RetentionStore {
  return {
    async expired(cutoff, limit) {
      const [oldResumes, oldInterviews] = await Promise.all([
        db
          .select({ id: resumes.id, fileKey: resumes.fileKey })
          .from(resumes)
          .where(and(lt(resumes.updatedAt, cutoff), sql`NOT (${newestOfActiveUser(cutoff)})`))
          .orderBy(asc(resumes.updatedAt))
          .limit(limit),
        db
          .select({ id: interviewSessions.id, fileKey: sql<string | null>`${interviewSessions.report}->>'chartKey'` })
          .from(interviewSessions)
          .where(and(ne(interviewSessions.status, 'active'), lt(interviewLastChange, cutoff)))
          .orderBy(asc(interviewLastChange))
          .limit(limit),
      ]);
      return [
        ...oldResumes.map((r): ExpiredRecord => ({ kind: 'resume', ...r })),
        ...oldInterviews.map((r): ExpiredRecord => ({ kind: 'interview', ...r })),
      ];
    },

    async remove({ kind, id }) {
      // By id, not by age: the record's file is already gone, so its row must go too.
      const removed =
        kind === 'resume'
          ? await db.delete(resumes).where(eq(resumes.id, id)).returning({ id: resumes.id })
          : await db.delete(interviewSessions).where(eq(interviewSessions.id, id)).returning({ id: interviewSessions.id });
      return removed.length > 0;
    },

    async purgeTranscripts(cutoff) {
      // One statement: all three go together or not at all, and only counts come back.
      const before = sql`${cutoff.toISOString()}::timestamptz`;
      const result = await db.execute(sql`
        WITH chat AS (
          DELETE FROM ${messages} WHERE ${messages.updatedAt} < ${before} RETURNING 1
        ), summaries AS (
          DELETE FROM ${conversationMemory} WHERE ${conversationMemory.updatedAt} < ${before} RETURNING 1
        ), practice AS (
          DELETE FROM ${practiceAttempts} WHERE ${practiceAttempts.createdAt} < ${before} RETURNING 1
        )
        SELECT (SELECT count(*) FROM chat)::int AS messages, (SELECT count(*) FROM summaries)::int AS summaries,
          (SELECT count(*) FROM practice)::int AS "practiceAnswers"`);
      return rowsOf<TranscriptCounts>(result)[0]!;
    },
  };
}

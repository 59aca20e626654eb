// Retention (RETENTION_DAYS): what a user sent or said is kept for that many days after it last
// changed, then deleted by the daily purge-expired job. Resume versions (with their uploaded
// file and the job matches made from them), finished interviews (questions, answers, scores,
// report chart), chat messages, conversation summaries, practice answers, and exported files.
// Accounts, subscriptions, billing events and usage records stay: they are the accounting.
//
// Order: a record's file goes first, then its row. If a file cannot be deleted the run stops
// with the row untouched, so the next try finds the record again; the other order could leave
// a file no row points to, which no later run would ever find. A failure between the two steps
// leaves a row whose file is gone until the retry deletes the row: every step is a delete by
// id, so running the purge again is always safe.
import { expiringKinds, type FileStore } from '../ports/file-store.ts';
import { calendarDayIn, daysLater } from '../plan/interview-date.ts';

/** A row that owns a stored file (or none): deleted only after its file is. */
export interface ExpiredRecord {
  kind: 'resume' | 'interview';
  id: string;
  fileKey: string | null;
}

export interface TranscriptCounts {
  messages: number;
  summaries: number;
  practiceAnswers: number;
}

/** The database side (db/repositories/retention.ts). */
export interface RetentionStore {
  /** Resume versions last changed before the cutoff and interviews that ended (or went quiet) before it, at most `limit` of each. */
  expired(cutoff: Date, limit: number): Promise<ExpiredRecord[]>;
  /** Deletes one record with what hangs off it; false when it was already gone. */
  remove(record: Pick<ExpiredRecord, 'kind' | 'id'>): Promise<boolean>;
  /** Deletes chat messages, conversation summaries and practice answers older than the cutoff, in one transaction. */
  purgeTranscripts(cutoff: Date): Promise<TranscriptCounts>;
}

export interface RetentionReport extends TranscriptCounts {
  resumes: number;
  interviews: number;
  /** Files of the resume versions and interviews deleted. */
  files: number;
  /** Exports and leftover job-description files (no row points to them). */
  looseFiles: number;
}

/** Records handled per round: bounded memory however much has expired. */
const batchSize = 200;

/** The moment before which data is expired. */
export const retentionCutoff = (now: Date, retentionDays: number) => daysLater(now, -retentionDays);

export async function purgeExpired(retention: RetentionStore, files: FileStore, cutoff: Date): Promise<RetentionReport> {
  const report: RetentionReport = { resumes: 0, interviews: 0, files: 0, looseFiles: 0, messages: 0, summaries: 0, practiceAnswers: 0 };
  for (;;) {
    const batch = await retention.expired(cutoff, batchSize);
    let removed = 0;
    for (const record of batch) {
      if (record.fileKey) {
        await files.delete(record.fileKey);
        report.files++;
      }
      if (await retention.remove(record)) {
        report[record.kind === 'resume' ? 'resumes' : 'interviews']++;
        removed++;
      }
    }
    // A batch where nothing could be removed would be listed again forever.
    if (batch.length < batchSize || removed === 0) break;
  }
  for (const kind of expiringKinds) report.looseFiles += await files.deleteOlderThan(kind, cutoff);
  return { ...report, ...(await retention.purgeTranscripts(cutoff)) };
}

/** The calendar day (UTC) a moment falls on, YYYY-MM-DD: one purge run per day. */
export const utcDay = (moment: Date) => calendarDayIn(moment, 'UTC');

/** The next UTC midnight after `now`: when tomorrow's run is due. */
export function nextUtcMidnight(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

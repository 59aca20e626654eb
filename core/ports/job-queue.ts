// The JobQueue port. Two implementations share one processor registry: BullMQ on REDIS_URL
// (infra/bullmq-queue.ts) and an in-process runner for the embedded default
// (core/queue/in-process-queue.ts). Payloads carry ids only, never personal text or bytes.

export interface JobPayloads {
  /** Reads an uploaded resume (checks the file, extracts text, structures it) and saves the result. */
  'parse-resume': { resumeId: string; conversationId: string; progressMessageId: string };
  /** Matches the user's resume to a stored job description, then suggests rewrites. A JD sent as a file comes as its file key. */
  'optimize-resume': { optimizationId: string; progressMessageId: string; jdFileKey?: string; jdFileName?: string };
  /** Scores one interview answer on the STAR rubric. */
  'evaluate-answer': { messageId: string };
  /** Builds an ended interview's report (scores, chart, model answer) and sends it. */
  'interview-report': { sessionId: string; conversationId: string; closedForIdle?: boolean };
  /** Chunks and embeds the knowledge guides that changed (queued at every start). */
  'embed-knowledge': Record<string, never>;
  /** Sends one morning's part of an interview preparation plan (delayed until that morning). */
  'plan-reminder': { planId: string; date: string };
  /** Sends a 2-minute drill of a weakly answered question (delayed until it is due; `dueAt` tells a stale one). */
  'practice-drill': { itemId: string; dueAt: string };
  /** Scores a drill retry and says when the question comes back. */
  'score-drill': { attemptId: string; conversationId: string };
  /** Deletes what is older than RETENTION_DAYS; runs once a UTC day (the day names the job), each run queuing the next. */
  'purge-expired': { day: string };
  /** Makes the platform show a stored outgoing message (send, or edit if already sent). */
  'deliver-message': { messageId: string };
}

export type JobName = keyof JobPayloads;

/** Which process runs a job: workers do the work; bot processes own the platform connections. */
export const jobRoles: Record<JobName, 'worker' | 'bot'> = {
  'parse-resume': 'worker',
  'optimize-resume': 'worker',
  'evaluate-answer': 'worker',
  'embed-knowledge': 'worker',
  'interview-report': 'worker',
  'plan-reminder': 'worker',
  'practice-drill': 'worker',
  'score-drill': 'worker',
  'purge-expired': 'worker',
  'deliver-message': 'bot',
};

export interface JobContext {
  jobId: string;
  /** 1 on the first try. */
  attempt: number;
}

export type Processor<N extends JobName> = (payload: JobPayloads[N], context: JobContext) => Promise<void>;

export type ProcessorRegistry = { [N in JobName]?: Processor<N> };

export interface EnqueueOptions {
  /** Deterministic id: enqueuing the same id twice runs the job once. */
  jobId: string;
  delayMs?: number;
}

export interface FailedJob {
  name: JobName;
  jobId: string;
  payload: JobPayloads[JobName];
  error: unknown;
  attempts: number;
}

/** Called once a job has failed for good (retries used up, or a PermanentJobError). */
export type FailureHook = (failed: FailedJob) => Promise<void>;

export interface QueueHealth {
  ok: boolean;
  kind: 'in-process' | 'bullmq';
  waiting: number;
  active: number;
  failed: number;
  detail?: string;
}

/** A job that failed for good, as an operator sees it (the admin's retry list). */
export interface FailedJobInfo {
  jobId: string;
  name: JobName;
  attempts: number;
  failedAt: Date;
  /** The error's kind and first words; never the payload, never SQL parameters. */
  reason: string;
}

/** A short, log-safe reason: an error's name and first line, without any "params:" part. */
export function failureReason(error: unknown): string {
  const e = error as { name?: string; code?: string; message?: string } | undefined;
  const firstLine = String(e?.message ?? error ?? '').split('\n')[0]!.replace(/params:.*$/, '').slice(0, 160);
  return `${e?.code ?? e?.name ?? 'Error'}: ${firstLine}`;
}

export interface JobQueue {
  enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions): Promise<void>;
  /** Starts running the given processors in this process. */
  process(registry: ProcessorRegistry, onFailed: FailureHook): Promise<void>;
  /** Resolves once no job is ready, running or waiting for a retry here (for the CLI and tests);
   * jobs enqueued with a delay (reminders) are not waited for. */
  waitUntilIdle(): Promise<void>;
  health(): Promise<QueueHealth>;
  /** The newest jobs that failed for good, newest first. */
  failedJobs(limit: number): Promise<FailedJobInfo[]>;
  /** Runs a failed job again from its first try; false when no such failed job is known. */
  retry(jobId: string): Promise<boolean>;
  /**
   * Removes every job not running now (waiting, delayed, failed or finished) whose payload names
   * one of these ids: a deleted user's reminders and their traces. Returns how many.
   */
  forget(ids: string[]): Promise<number>;
  /** Stops taking jobs, lets running ones finish, then closes connections. */
  close(): Promise<void>;
}

export interface JournalEntry {
  jobId: string;
  name: JobName;
  payload: JobPayloads[JobName];
  runAt: Date;
  /** Tries started so far. */
  attempts: number;
}

/**
 * Where the in-process queue writes its jobs, so a restart loses none
 * (db/repositories/job-journal.ts). Each journal belongs to one owner (a kind of process) and
 * resumes only that owner's jobs.
 */
export interface JobJournal {
  /** Records a job; false when this job id is already waiting or finished recently. */
  add(entry: Omit<JournalEntry, 'attempts'>): Promise<boolean>;
  /** Counts a try before it runs (so a job that crashes the process still runs out of tries). */
  started(jobId: string): Promise<void>;
  finish(jobId: string, outcome: 'done' | 'failed'): Promise<void>;
  /** This owner's jobs recorded but not finished, oldest first: the work a restart resumes. */
  unfinished(): Promise<JournalEntry[]>;
  /** Removes every job whose payload names one of these ids (see JobQueue.forget). */
  forget(ids: string[]): Promise<number>;
}

/** True when a payload names one of the ids (its values are ids, by the port's rule). */
export const payloadNames = (payload: unknown, ids: ReadonlySet<string>) => Object.values(payload as Record<string, unknown>).some((v) => typeof v === 'string' && ids.has(v));

/** Retries with exponential backoff: 3 tries, 1 s then 2 s apart by default. */
export const defaultRetry = { attempts: 3, backoffMs: 1000 };

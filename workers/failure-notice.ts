// The failure hook both queues call once a job has failed for good: the user is told, in the
// chat where the work started, what happened and what to do.
import { AppError } from '../core/errors.ts';
import type { Outbox } from '../core/conversation/outbox.ts';
import type { FileStore } from '../core/ports/file-store.ts';
import type { FailedJob, FailureHook, JobPayloads } from '../core/ports/job-queue.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Store } from '../core/ports/store.ts';

export interface FailureNoticeDeps {
  store: Store;
  files: FileStore;
  outbox: Outbox;
  logger: Logger;
}

export function createFailureNotice({ store, files, outbox, logger }: FailureNoticeDeps): FailureHook {
  return async (failed: FailedJob) => {
    logger.error({ job: failed.name, jobId: failed.jobId, attempts: failed.attempts, err: failed.error }, 'job failed for good');
    if (failed.name === 'parse-resume') {
      const { resumeId, progressMessageId } = failed.payload as JobPayloads['parse-resume'];
      const resume = await store.resumes.get(resumeId);
      if (!resume || resume.status === 'parsed') return;
      await store.resumes.markFailed(resumeId, 'parse failed');
      if (resume.fileKey) await files.delete(resume.fileKey).catch((error) => logger.warn({ err: error, resumeId }, 'could not delete a failed upload'));
      const reason = failed.error instanceof AppError ? failed.error.userMessage : `I couldn't read ${resume.fileName} just now, so it isn't saved as a resume. Please send it again in a few minutes.`;
      await outbox.edit(progressMessageId, { text: `⚠️ ${reason}` });
    }
    if (failed.name === 'optimize-resume') {
      const { optimizationId, progressMessageId } = failed.payload as JobPayloads['optimize-resume'];
      await store.optimizations.markFailed(optimizationId);
      await outbox.edit(progressMessageId, { text: "⚠️ I couldn't finish matching your resume to that job just now. Please run /optimize again in a few minutes." });
    }
    // deliver-message: the platform itself is unreachable, so there is no one to tell; logged above.
  };
}

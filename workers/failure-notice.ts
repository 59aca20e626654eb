// The failure hook both queues call once a job has failed for good: the user is told, in the
// chat where the work started, what happened and what to do.
import { AppError } from '../core/errors.ts';
import type { Outbox } from '../core/conversation/outbox.ts';
import type { FailedJob, FailureHook, JobPayloads } from '../core/ports/job-queue.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Store } from '../core/ports/store.ts';

export function createFailureNotice({ store, outbox, logger }: { store: Store; outbox: Outbox; logger: Logger }): FailureHook {
  return async (failed: FailedJob) => {
    logger.error({ job: failed.name, jobId: failed.jobId, attempts: failed.attempts, err: failed.error }, 'job failed for good');
    if (failed.name === 'inspect-upload') {
      const { resumeId, progressMessageId } = failed.payload as JobPayloads['inspect-upload'];
      const resume = await store.resumes.get(resumeId);
      if (!resume) return;
      await store.resumes.markFailed(resumeId, 'inspection failed');
      const reason = failed.error instanceof AppError ? failed.error.userMessage : `I couldn't check ${resume.fileName} just now, so it isn't saved as a resume. Please send it again in a few minutes.`;
      await outbox.edit(progressMessageId, { text: `⚠️ ${reason}` });
    }
    // deliver-message: the platform itself is unreachable, so there is no one to tell; logged above.
  };
}

// parse-resume: reads an uploaded resume and turns the chat's progress message into the
// result: the summary card, or what was wrong with the file. The file's text never enters the
// job payload or the logs; the job carries ids only.
import { createHash } from 'node:crypto';
import type { AiGateway } from '../core/ai/gateway.ts';
import type { Outbox } from '../core/conversation/outbox.ts';
import type { FileStore } from '../core/ports/file-store.ts';
import type { Processor } from '../core/ports/job-queue.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Store } from '../core/ports/store.ts';
import { parseResume } from '../core/resume/parse-resume.ts';
import { fileLabel, parseFailed, parseProgress, summaryCard } from '../core/resume/resume-replies.ts';
import type { ExtractionSandbox } from '../core/resume/text/sandbox.ts';

export interface ParseResumeDeps {
  store: Store;
  files: FileStore;
  outbox: Outbox;
  sandbox: ExtractionSandbox;
  ai: AiGateway;
  logger: Logger;
}

export function createParseResume({ store, files, outbox, sandbox, ai, logger }: ParseResumeDeps): Processor<'parse-resume'> {
  return async ({ resumeId, progressMessageId }) => {
    const resume = await store.resumes.get(resumeId);
    // Deleted meanwhile (the user asked to forget), or already done by an earlier try.
    if (!resume?.fileKey || resume.status === 'parsed' || resume.status === 'failed') return;
    const bytes = await files.get(resume.fileKey);
    await store.resumes.setStatus(resumeId, 'parsing');
    const outcome = await parseResume(bytes, resume.fileName, {
      sandbox,
      ai: ai.available ? { gateway: ai, userId: resume.userId } : undefined,
      logger,
      onStage: (stage) => outbox.edit(progressMessageId, parseProgress(resume.fileName, bytes.length, stage)),
    });
    if (!outcome.ok) {
      // A file we cannot read is personal data we have no reason to keep.
      await store.resumes.markFailed(resumeId, outcome.reason);
      await files.delete(resume.fileKey);
      await outbox.edit(progressMessageId, parseFailed(outcome.message));
      logger.info({ resumeId, reason: outcome.reason }, 'resume could not be read');
      return;
    }
    await store.resumes.saveParsed(resumeId, {
      detectedType: outcome.fileType,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      parsed: outcome.resume,
      warnings: outcome.warnings,
      source: outcome.source,
    });
    await outbox.edit(progressMessageId, summaryCard(resume, outcome.resume, outcome.warnings, outcome.source, fileLabel(outcome.fileType, outcome.pages)));
  };
}

// inspect-upload: finds out what an uploaded file really is, records it on the resume version
// and turns the chat's progress message into the result.
import { createHash } from 'node:crypto';
import type { Outbox } from '../core/conversation/outbox.ts';
import { upload as uploadReplies } from '../core/conversation/replies.ts';
import { detectFileType } from '../core/files/detect-type.ts';
import type { FileStore } from '../core/ports/file-store.ts';
import type { Processor } from '../core/ports/job-queue.ts';
import type { Store } from '../core/ports/store.ts';

export interface InspectUploadDeps {
  store: Store;
  files: FileStore;
  outbox: Outbox;
}

export function createInspectUpload({ store, files, outbox }: InspectUploadDeps): Processor<'inspect-upload'> {
  return async ({ resumeId, progressMessageId }) => {
    const resume = await store.resumes.get(resumeId);
    // Deleted meanwhile (the user asked to forget): nothing left to do.
    if (!resume?.fileKey) return;
    const bytes = await files.get(resume.fileKey);
    const detection = detectFileType(bytes, resume.fileName);
    if (!detection.ok) {
      // A file we cannot use is personal data we have no reason to keep.
      await store.resumes.markFailed(resumeId, detection.reason);
      await files.delete(resume.fileKey);
      await outbox.edit(progressMessageId, uploadReplies.rejected(resume.fileName, detection));
      return;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await store.resumes.markStored(resumeId, detection.type, sha256);
    await outbox.edit(progressMessageId, uploadReplies.stored(resume.fileName, detection.label, bytes.length, resume.version));
  };
}

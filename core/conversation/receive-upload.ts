// A file dropped in the chat: size check, store the bytes, create the resume version, and
// queue its parse (workers/parse-resume.ts). Each step undoes the earlier ones if it fails, so nothing is half-saved.
import { randomUUID } from 'node:crypto';
import { AppError, EmptyFileError, FileTooLargeError } from '../errors.ts';
import type { Attachment } from '../model/message.ts';
import type { FileStore } from '../ports/file-store.ts';
import type { JobQueue } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import type { ConversationRef, Outbox } from './outbox.ts';
import { parseProgress } from '../resume/resume-replies.ts';

export interface UploadDeps {
  store: Store;
  files: FileStore;
  queue: JobQueue;
  outbox: Outbox;
  logger: Logger;
  maxUploadBytes: number;
}

export async function receiveUpload(deps: UploadDeps, to: ConversationRef, userId: string, attachment: Attachment): Promise<void> {
  const { store, files, queue, outbox, maxUploadBytes } = deps;
  // Checked before downloading anything: a huge file costs nothing.
  if (attachment.size !== undefined && attachment.size > maxUploadBytes) throw new FileTooLargeError(attachment.name, attachment.size, maxUploadBytes);

  const progressId = await outbox.send(to, parseProgress(attachment.name, attachment.size, 'saving'));
  let fileKey: string | undefined;
  let resumeId: string | undefined;
  try {
    const bytes = await attachment.fetch(maxUploadBytes);
    if (bytes.length === 0) throw new EmptyFileError(attachment.name);
    fileKey = `uploads/${userId}/${randomUUID()}/${safeFileName(attachment.name)}`;
    await files.put(fileKey, bytes, attachment.mimeType);
    const resume = await store.resumes.createUpload({
      userId,
      fileName: attachment.name,
      mimeType: attachment.mimeType,
      sizeBytes: bytes.length,
      fileKey,
    });
    resumeId = resume.id;
    await store.resumes.setStatus(resumeId, 'queued');
    // Shown before the job is queued, so the worker's progress can never be overwritten by it.
    await outbox.edit(progressId, parseProgress(attachment.name, bytes.length, 'queued'));
    await queue.enqueue(
      'parse-resume',
      { resumeId, conversationId: to.conversationId, progressMessageId: progressId },
      { jobId: `parse-resume-${resumeId}` },
    );
  } catch (error) {
    // Undo what was written, then turn the progress message into the explanation, so the
    // chat never shows a stuck "saving…" and nothing is half-saved.
    if (resumeId) await store.resumes.remove(resumeId).catch(() => {});
    if (fileKey) await files.delete(fileKey).catch(() => {});
    if (!(error instanceof AppError)) deps.logger.error({ err: error }, 'upload failed');
    const text = error instanceof AppError ? error.userMessage : `I couldn't save ${attachment.name}, so nothing was kept. Please send it again in a minute.`;
    await outbox.edit(progressId, { text: `⚠️ ${text}` });
  }
}

/** Keeps a recognisable, filesystem- and URL-safe name. */
export function safeFileName(name: string): string {
  const cleaned = name.normalize('NFKD').replace(/[^\w.\-]+/g, '_').replace(/^[._]+/, '').slice(-100);
  return cleaned || 'file';
}

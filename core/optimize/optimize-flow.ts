// /optimize in the chat: take the job description (in the command, the next message or a
// file), queue the match, and handle the decisions on each rewrite suggestion. Accepted and
// edited bullets become a new resume version; older versions stay.
import { randomUUID } from 'node:crypto';
import type { ConversationRef, Outbox } from '../conversation/outbox.ts';
import type { Flows } from '../conversation/flows.ts';
import { safeFileName } from '../conversation/receive-upload.ts';
import { FileTooLargeError } from '../errors.ts';
import type { Attachment } from '../model/message.ts';
import type { FileStore } from '../ports/file-store.ts';
import type { JobQueue } from '../ports/job-queue.ts';
import type { Store } from '../ports/store.ts';
import { resumeWarnings } from '../resume/warnings.ts';
import * as replies from './optimize-replies.ts';
import type { RewriteSuggestion } from './optimization.ts';

export interface OptimizeDeps {
  store: Store;
  files: FileStore;
  queue: JobQueue;
  outbox: Outbox;
  flows: Flows;
  maxUploadBytes: number;
}

export const awaitingJobDescription = 'optimize:jd';
export const editingBullet = 'optimize:edit';

/** A job description is longer than a sentence or two; shorter text is probably not one. */
const minimumJdWords = 15;

export async function startOptimize(deps: OptimizeDeps, to: ConversationRef, userId: string, jobDescription: string): Promise<void> {
  if (!(await deps.store.resumes.parsedVersion(userId))) {
    const latest = await deps.store.resumes.latestFor(userId);
    const reading = latest && latest.status !== 'parsed' && latest.status !== 'failed';
    return void (await deps.outbox.send(to, reading ? replies.resumeStillReading : replies.needResumeFirst));
  }
  if (!jobDescription.trim()) {
    await deps.flows.set(to.conversationId, awaitingJobDescription);
    return void (await deps.outbox.send(to, replies.askForJobDescription));
  }
  await optimizeText(deps, to, userId, jobDescription);
}

export async function optimizeText(deps: OptimizeDeps, to: ConversationRef, userId: string, jobDescription: string): Promise<void> {
  if (jobDescription.trim().split(/\s+/).length < minimumJdWords) {
    await deps.flows.set(to.conversationId, awaitingJobDescription);
    return void (await deps.outbox.send(to, replies.jobDescriptionTooShort));
  }
  await deps.flows.clear(to.conversationId);
  await queueOptimization(deps, to, userId, jobDescription.trim());
}

export async function optimizeFile(deps: OptimizeDeps, to: ConversationRef, userId: string, attachment: Attachment): Promise<void> {
  if (attachment.size !== undefined && attachment.size > deps.maxUploadBytes) throw new FileTooLargeError(attachment.name, attachment.size, deps.maxUploadBytes);
  const bytes = await attachment.fetch(deps.maxUploadBytes);
  const fileKey = `job-descriptions/${userId}/${randomUUID()}/${safeFileName(attachment.name)}`;
  await deps.files.put(fileKey, bytes, attachment.mimeType);
  await deps.flows.clear(to.conversationId);
  await queueOptimization(deps, to, userId, '', { jdFileKey: fileKey, jdFileName: attachment.name });
}

async function queueOptimization(deps: OptimizeDeps, to: ConversationRef, userId: string, jobDescription: string, file?: { jdFileKey: string; jdFileName: string }) {
  const resume = await deps.store.resumes.parsedVersion(userId);
  if (!resume) return void (await deps.outbox.send(to, replies.needResumeFirst));
  const optimization = await deps.store.optimizations.create({ userId, resumeId: resume.id, jobDescription });
  const progressMessageId = await deps.outbox.send(to, replies.optimizeProgress('reading'));
  await deps.queue.enqueue('optimize-resume', { optimizationId: optimization.id, progressMessageId, ...file }, { jobId: `optimize-resume-${optimization.id}` });
}

/** A press on Accept, Edit or Skip ("<optimizationId>:<index>:<decision>"). */
export async function decideRewrite(deps: OptimizeDeps, to: ConversationRef, userId: string, value: string): Promise<void> {
  const [optimizationId, indexText, decision] = value.split(':');
  const optimization = optimizationId ? await deps.store.optimizations.get(optimizationId) : undefined;
  const index = Number(indexText);
  const suggestion = optimization?.userId === userId ? optimization.suggestions[index] : undefined;
  if (!optimization || !suggestion) return void (await deps.outbox.send(to, replies.suggestionOutdated));
  if (suggestion.status !== 'pending') return; // a second press on a decided suggestion
  if (decision === 'skip') return void (await decide(deps, optimization.id, optimization.suggestions, index, { status: 'skipped' }, '⏭️ skipped'));
  if (decision === 'edit') {
    await deps.flows.set(to.conversationId, editingBullet, { optimizationId, index });
    return void (await deps.outbox.send(to, replies.editPrompt(suggestion)));
  }
  await applyBullet(deps, to, userId, optimization.id, optimization.suggestions, index, suggestion.rewrite, 'accepted');
}

/** The user's own wording for a bullet, sent after pressing Edit. */
export async function editedBullet(deps: OptimizeDeps, to: ConversationRef, userId: string, state: unknown, text: string): Promise<void> {
  await deps.flows.clear(to.conversationId);
  const { optimizationId, index } = state as { optimizationId: string; index: number };
  const optimization = await deps.store.optimizations.get(optimizationId);
  if (!optimization || optimization.userId !== userId || !optimization.suggestions[index]) return void (await deps.outbox.send(to, replies.suggestionOutdated));
  await applyBullet(deps, to, userId, optimizationId, optimization.suggestions, index, text.trim(), 'edited');
}

async function applyBullet(deps: OptimizeDeps, to: ConversationRef, userId: string, optimizationId: string, suggestions: RewriteSuggestion[], index: number, text: string, status: 'accepted' | 'edited') {
  const suggestion = suggestions[index]!;
  const latest = await deps.store.resumes.parsedVersion(userId);
  const bullets = latest?.parsed.work[suggestion.workIndex]?.highlights;
  // Applied to the newest version, so two accepted rewrites build on each other.
  if (!latest || bullets?.[suggestion.bulletIndex] !== suggestion.original) return void (await deps.outbox.send(to, replies.suggestionOutdated));
  const parsed = structuredClone(latest.parsed);
  parsed.work[suggestion.workIndex]!.highlights[suggestion.bulletIndex] = text;
  const version = await deps.store.resumes.createEdited(latest, parsed, resumeWarnings(parsed, 1));
  await decide(deps, optimizationId, suggestions, index, { status, rewrite: text }, `✅ ${status} — saved as resume version ${version.version}`);
}

async function decide(deps: OptimizeDeps, optimizationId: string, suggestions: RewriteSuggestion[], index: number, change: Partial<RewriteSuggestion>, outcome: string) {
  const next = suggestions.map((s, i) => (i === index ? { ...s, ...change } : s));
  await deps.store.optimizations.setSuggestions(optimizationId, next);
  const decided = next[index]!;
  if (decided.messageId) await deps.outbox.edit(decided.messageId, replies.suggestionDecided(decided, index, next.length, outcome));
}

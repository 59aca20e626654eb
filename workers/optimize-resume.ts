// optimize-resume: reads the job description (a stored text, or a file through the sandbox),
// matches the resume version against it, suggests grounded rewrites, and turns the chat's
// progress message into the report, followed by one message per suggestion.
import type { Processor } from '../core/ports/job-queue.ts';
import type { ParseResumeDeps } from './parse-resume.ts';
import { failureMessage } from '../core/resume/failure-messages.ts';
import { ExtractionError } from '../core/resume/text/extraction-error.ts';
import { runOptimization } from '../core/optimize/run-optimization.ts';
import { noSuggestions, suggestionMessage } from '../core/optimize/optimize-replies.ts';

export function createOptimizeResume({ store, files, outbox, sandbox, ai, logger }: ParseResumeDeps): Processor<'optimize-resume'> {
  return async ({ optimizationId, progressMessageId, jdFileKey, jdFileName }) => {
    const optimization = await store.optimizations.get(optimizationId);
    if (!optimization || optimization.status !== 'queued') return;
    const progress = await store.conversations.getOutgoing(progressMessageId);
    if (!progress) return;
    if (jdFileKey) {
      try {
        const extraction = await sandbox.extract(await files.get(jdFileKey), jdFileName ?? 'job description');
        if (extraction.type === 'json-resume') throw new ExtractionError('unsupported', 'a JSON Resume, not a job description');
        await store.optimizations.setJobDescription(optimizationId, extraction.text.lines.map((l) => l.parts.join(' ')).join('\n'));
      } catch (error) {
        if (!(error instanceof ExtractionError)) throw error;
        await store.optimizations.markFailed(optimizationId);
        await outbox.edit(progressMessageId, { text: `⚠️ ${failureMessage(error.reason, jdFileName ?? 'The file', error.detail).replace('your resume', 'the job description')}` });
        return;
      } finally {
        // The JD file was only a carrier for its text.
        await files.delete(jdFileKey).catch((error) => logger.warn({ err: error }, 'could not delete a job description file'));
      }
    }
    const result = await runOptimization(store, ai, optimizationId, (stage) => outbox.edit(progressMessageId, stage));
    if (!result) return;
    await outbox.edit(progressMessageId, result.reportMessage);
    const to = { conversationId: progress.conversationId, threadId: progress.threadId };
    const suggestions = [...result.suggestions];
    if (suggestions.length === 0) await outbox.send(to, noSuggestions);
    for (const [index, suggestion] of suggestions.entries()) {
      const place = result.places[index]!;
      suggestions[index] = { ...suggestion, messageId: await outbox.send(to, suggestionMessage(suggestion, index, suggestions.length, optimizationId, place)) };
    }
    await store.optimizations.setSuggestions(optimizationId, suggestions);
  };
}

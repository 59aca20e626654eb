// optimize-resume: reads the job description (a stored text, or a file through the sandbox),
// matches the resume version against it, suggests grounded rewrites, and turns the chat's
// progress message into the report, followed by one message per suggestion.
import type { Processor } from '../core/ports/job-queue.ts';
import type { ParseResumeDeps } from './parse-resume.ts';
import { readJobDescription } from '../core/optimize/read-job-description.ts';
import { runOptimization } from '../core/optimize/run-optimization.ts';
import { noSuggestions, suggestionMessage } from '../core/optimize/optimize-replies.ts';

export function createOptimizeResume({ store, files, outbox, sandbox, ai, logger }: ParseResumeDeps): Processor<'optimize-resume'> {
  return async ({ optimizationId, progressMessageId, jdFileKey, jdFileName }) => {
    const optimization = await store.optimizations.get(optimizationId);
    if (!optimization || optimization.status !== 'queued') return;
    const progress = await store.conversations.getOutgoing(progressMessageId);
    if (!progress) return;
    if (jdFileKey) {
      const read = await readJobDescription(sandbox, await files.get(jdFileKey), jdFileName ?? 'job description');
      // The JD file was only a carrier for its text.
      await files.delete(jdFileKey).catch((error) => logger.warn({ err: error }, 'could not delete a job description file'));
      if (!read.ok) {
        await store.optimizations.markFailed(optimizationId);
        return void (await outbox.edit(progressMessageId, { text: `⚠️ ${read.message}` }));
      }
      await store.optimizations.setJobDescription(optimizationId, read.text);
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

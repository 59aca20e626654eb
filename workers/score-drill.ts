// score-drill: scores a drill retry on the same STAR rubric as an interview answer, moves the
// question along its spacing (further out after a good retry, back to a day after a weak one,
// retired after the last step), and tells the user.
import type { Coach } from '../core/coach/coach.ts';
import { overallOf } from '../core/interview/report.ts';
import { scheduleDrill, type PracticeDeps } from '../core/practice/practice-flow.ts';
import { retryResult } from '../core/practice/practice-replies.ts';
import { afterRetry, oneThingToFix } from '../core/practice/schedule.ts';
import { calendarDayIn } from '../core/plan/interview-date.ts';
import type { Processor } from '../core/ports/job-queue.ts';
import { inUserLanguage } from '../core/language/user-language.ts';

export function createScoreDrill(deps: PracticeDeps & { coach: Coach }): Processor<'score-drill'> {
  const { store, coach, outbox } = deps;
  return async ({ attemptId, conversationId }) => {
    const attempt = await store.practice.attempt(attemptId);
    const item = attempt && (await store.practice.get(attempt.itemId));
    if (!attempt || !item) return; // forgotten meanwhile
    // The improvements and the result are written in the user's language.
    await inUserLanguage(store, attempt.userId, async () => {
      const scores = await coach.evaluateAnswer(attempt.userId, item.question, attempt.answer);
      const overall = overallOf(scores);
      const now = deps.now();
      const next = afterRetry(item.step, overall, now);
      const fix = oneThingToFix(scores);
      if (!(await store.practice.scoreAttempt(attemptId, scores, overall, fix, next))) return;
      if (next !== 'retired') await scheduleDrill(deps, { id: item.id, dueAt: next.dueAt });
      const threadId = await store.conversations.threadOf(conversationId);
      if (!threadId) return;
      const more = (await store.practice.next(item.userId))?.id;
      const hasOther = !!more && more !== item.id;
      await outbox.send({ conversationId, threadId }, retryResult(overall, item.lastScore, fix, next, hasOther, calendarDayIn(now, 'UTC')));
    });
  };
}

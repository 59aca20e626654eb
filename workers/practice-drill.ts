// practice-drill: when a weakly answered question is due, DMs its 2-minute drill to the chat
// it came from. A stale job (the question was retried, skipped or retired since) or a user who
// turned reminders off gets nothing. One drill at a time: while another is on screen, or when
// another question is due first, this one moves to the next day.
import { drillOnScreen, postpone, sendDrill, type PracticeDeps } from '../core/practice/practice-flow.ts';
import type { Processor } from '../core/ports/job-queue.ts';
import { daysLater } from '../core/plan/interview-date.ts';
import { inUserLanguage } from '../core/language/user-language.ts';

export function createPracticeDrill(deps: PracticeDeps): Processor<'practice-drill'> {
  const { store } = deps;
  return async ({ itemId, dueAt }) => {
    const item = await store.practice.get(itemId);
    if (item?.status !== 'waiting' || item.dueAt.toISOString() !== dueAt) return;
    if (!(await store.practice.remindersOn(item.userId))) return;
    const threadId = item.conversationId ? await store.conversations.threadOf(item.conversationId) : undefined;
    const to = threadId ? { conversationId: item.conversationId!, threadId } : await store.conversations.latestOf(item.userId);
    if (!to) return;
    const tomorrow = daysLater(item.dueAt, 1);
    const onScreen = drillOnScreen(await deps.flows.get(to.conversationId), deps.now());
    const first = await store.practice.next(item.userId);
    if (first?.id !== item.id || (onScreen && onScreen !== item.id)) return postpone(deps, item.id, tomorrow);
    await inUserLanguage(store, item.userId, () => sendDrill(deps, to, item));
    // Unanswered, it comes back tomorrow; an answer reschedules it from its score.
    await postpone(deps, item.id, tomorrow);
  };
}

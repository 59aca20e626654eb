// plan-reminder: on a morning of an interview plan, sends that day's tasks to the chat where
// the plan was made. A plan replaced or cancelled since stays silent.
import type { Outbox } from '../core/conversation/outbox.ts';
import { planButtons } from '../core/plan/plan-replies.ts';
import { formatDayReminder } from '../core/plan/build-plan.ts';
import { daysBetween } from '../core/plan/interview-date.ts';
import type { Processor } from '../core/ports/job-queue.ts';
import type { Store } from '../core/ports/store.ts';
import { inUserLanguage } from '../core/language/user-language.ts';

export interface PlanReminderDeps {
  store: Store;
  outbox: Outbox;
}

export function createPlanReminder({ store, outbox }: PlanReminderDeps): Processor<'plan-reminder'> {
  return async ({ planId, date }) => {
    const plan = await store.plans.get(planId);
    if (plan?.status !== 'active') return;
    const day = plan.days.find((d) => d.date === date);
    const threadId = await store.conversations.threadOf(plan.conversationId);
    if (!day || !threadId) return;
    await inUserLanguage(store, plan.userId, () =>
      outbox.send({ conversationId: plan.conversationId, threadId }, { text: formatDayReminder(day, daysBetween(date, plan.interviewDate), plan.company), buttons: planButtons(day) }),
    );
  };
}

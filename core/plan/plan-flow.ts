// /plan: shows the running preparation plan, makes one from "/plan Stripe Friday" (or asks
// when the interview is, once), and "/plan off" stops the reminders.
import type { Flows } from '../conversation/flows.ts';
import type { ConversationRef, Outbox } from '../conversation/outbox.ts';
import { calendarDayIn, findInterviewDate, nameAtStart } from './interview-date.ts';
import { dateNotUnderstood, makePlan, type PlanDeps } from './make-plan.ts';
import { say } from '../language/current.ts';
import { askForDate, noPlanToCancel, planMessage, plansCancelled, replacedNote } from './plan-replies.ts';

export interface PlanFlowDeps extends PlanDeps {
  outbox: Outbox;
  flows: Flows;
}

/** The flow that waits for the interview date after a bare /plan (one answer, then it ends). */
export const awaitingInterviewDate = 'plan';

export async function startPlan(deps: PlanFlowDeps, to: ConversationRef, userId: string, args: string): Promise<void> {
  const words = args.trim().toLowerCase();
  if (['off', 'stop', 'cancel'].includes(words)) {
    await deps.flows.clear(to.conversationId);
    return void (await deps.outbox.send(to, (await deps.store.plans.cancel(userId)) ? plansCancelled() : noPlanToCancel()));
  }
  if (words) return planFromText(deps, to, userId, args);
  const running = await deps.store.plans.active(userId, calendarDayIn(deps.now(), 'UTC'));
  if (running) return void (await deps.outbox.send(to, planMessage(running, deps.now())));
  await deps.flows.set(to.conversationId, awaitingInterviewDate, {});
  await deps.outbox.send(to, askForDate());
}

/** The interview date as the user said it (the answer to /plan's question, or /plan's own words). */
export async function planFromText(deps: PlanFlowDeps, to: ConversationRef, userId: string, text: string): Promise<void> {
  // Asked once: whatever the answer, the next message goes back to the coach.
  await deps.flows.clear(to.conversationId);
  // "Globex, on 10 December" names the company first; "at Stripe" is found by the date reader.
  const company = findInterviewDate(text, deps.now())?.company ?? nameAtStart(text);
  const made = await makePlan(deps, { userId, conversationId: to.conversationId, when: text, company });
  if ('problem' in made) return void (await deps.outbox.send(to, { text: `${dateNotUnderstood()} ${say({ en: 'Try /plan again, e.g. /plan Stripe on Friday.', es: 'Vuelve a probar /plan, p. ej. /plan Stripe on Friday.' })}` }));
  const note = replacedNote(made);
  if (note) await deps.outbox.send(to, { text: note.trim() });
  await deps.outbox.send(to, planMessage(made.plan, deps.now()));
}

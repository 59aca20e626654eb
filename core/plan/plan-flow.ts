// /plan: shows the running preparation plan, makes one from "/plan Stripe Friday" (or asks
// when the interview is), and "/plan off" stops the reminders.
import type { Flows } from '../conversation/flows.ts';
import type { ConversationRef, Outbox } from '../conversation/outbox.ts';
import { makePlan, type PlanDeps } from './make-plan.ts';
import { askForDate, noPlanToCancel, planMessage, plansCancelled } from './plan-replies.ts';

export interface PlanFlowDeps extends PlanDeps {
  outbox: Outbox;
  flows: Flows;
}

/** The flow that waits for the interview date after a bare /plan. */
export const awaitingInterviewDate = 'plan';

export async function startPlan(deps: PlanFlowDeps, to: ConversationRef, userId: string, args: string): Promise<void> {
  const words = args.trim().toLowerCase();
  if (['off', 'stop', 'cancel'].includes(words)) {
    return void (await deps.outbox.send(to, (await deps.store.plans.cancel(userId)) ? plansCancelled : noPlanToCancel));
  }
  if (words) return planFromText(deps, to, userId, args);
  const running = await deps.store.plans.active(userId);
  if (running) return void (await deps.outbox.send(to, planMessage(running)));
  await deps.flows.set(to.conversationId, awaitingInterviewDate, {});
  await deps.outbox.send(to, askForDate);
}

/** The interview date, as the user said it (after /plan, or /plan's own words). */
export async function planFromText(deps: PlanFlowDeps, to: ConversationRef, userId: string, text: string): Promise<void> {
  const made = await makePlan(deps, { userId, conversationId: to.conversationId, when: text, company: leadingName(text) });
  if ('problem' in made) {
    await deps.flows.set(to.conversationId, awaitingInterviewDate, {});
    return void (await deps.outbox.send(to, { text: `I couldn't tell the date from "${text}". Try "Friday", "next Tuesday" or "3 December" (within 60 days), or /plan off to stop.` }));
  }
  await deps.flows.clear(to.conversationId);
  await deps.outbox.send(to, planMessage(made.plan));
}

/** Words that open an answer without being a company name. */
const notNames = /^(?:I|My|The|On|Next|This|In|Tomorrow|Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/** The answer to "when, and where?" may open with the company: "Globex, on 10 December", "Stripe Friday". */
function leadingName(text: string): string | undefined {
  const name: string[] = [];
  for (const raw of text.trim().split(/\s+/)) {
    const word = raw.replace(/[,.!?]$/, '');
    if (!/^\p{Lu}/u.test(word) || notNames.test(word)) break;
    name.push(word);
    if (raw !== word) break; // a comma ends the name
  }
  return name.length ? name.join(' ') : undefined;
}

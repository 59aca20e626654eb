// Spaced re-practice in the chat: weak interview answers are queued (queueWeakAnswer), a
// delayed job sends each drill when due (sendDrill), the user answers in the `practicing` flow,
// and the score-drill job scores the retry and schedules what comes next. /practice starts the
// next drill now; /practice off and on stop and restart the reminders.
import type { InterviewAnswer, InterviewSession, SessionQuestion } from '../interview/session.ts';
import type { Flows } from '../conversation/flows.ts';
import type { ConversationRef, Outbox } from '../conversation/outbox.ts';
import type { JobQueue } from '../ports/job-queue.ts';
import type { Store } from '../ports/store.ts';
import * as replies from './practice-replies.ts';
import { calendarDayIn, daysLater } from '../plan/interview-date.ts';
import { firstDrill, goodScore, oneThingToFix } from './schedule.ts';
import type { PracticeItem } from './practice-store.ts';

export interface PracticeDeps {
  store: Store;
  queue: Pick<JobQueue, 'enqueue'>;
  outbox: Outbox;
  flows: Flows;
  now: () => Date;
}

export const practicing = 'practice';

interface DrillState {
  itemId: string;
  /** When the drill was shown (ms): an old one no longer takes the user's messages. */
  shownAt: number;
}

/** How long a drill on screen takes free text as its answer. */
const drillOpenMs = 6 * 3_600_000;

/** Queues the drill job for an item's due time; the due time in the payload tells a stale job. */
export async function scheduleDrill(deps: Pick<PracticeDeps, 'queue' | 'now'>, item: Pick<PracticeItem, 'id' | 'dueAt'>): Promise<void> {
  const delayMs = Math.max(0, item.dueAt.getTime() - deps.now().getTime());
  await deps.queue.enqueue('practice-drill', { itemId: item.id, dueAt: item.dueAt.toISOString() }, { jobId: `practice-drill-${item.id}-${item.dueAt.getTime()}`, delayMs });
}

/**
 * After an interview: each question whose best answer scored below the good score goes into the
 * practice queue, due again in a day. Returns how many were queued.
 */
export async function queueWeakAnswers(deps: Pick<PracticeDeps, 'store' | 'queue' | 'now'>, session: Pick<InterviewSession, 'userId' | 'conversationId'>, questions: SessionQuestion[], answers: InterviewAnswer[]): Promise<number> {
  let queued = 0;
  const { dueAt } = firstDrill(deps.now());
  for (const question of questions) {
    const best = answers.filter((a) => a.questionId === question.id && a.score).sort((a, b) => b.score!.overall - a.score!.overall)[0];
    if (!best || best.score!.overall >= goodScore) continue;
    const fix = oneThingToFix(best.score!.scores);
    const item = await deps.store.practice.add({ userId: session.userId, conversationId: session.conversationId, question: question.text, score: best.score!.overall, fix, dueAt });
    await scheduleDrill(deps, item);
    queued++;
  }
  return queued;
}

/** Shows a drill; free text becomes its answer unless another flow (an interview) is under way. */
export async function sendDrill(deps: PracticeDeps, to: ConversationRef, item: PracticeItem, busy?: string): Promise<void> {
  busy ??= (await deps.flows.get(to.conversationId))?.flow;
  const answerHere = !busy || busy === practicing;
  if (answerHere) await deps.flows.set(to.conversationId, practicing, { itemId: item.id, shownAt: deps.now().getTime() } satisfies DrillState);
  await deps.outbox.send(to, { text: replies.drillText(item, answerHere), buttons: replies.drillButtons(item, answerHere) });
}

/** /practice, /practice off, /practice on. */
export async function startPractice(deps: PracticeDeps, to: ConversationRef, userId: string, args: string): Promise<void> {
  const word = args.trim().toLowerCase();
  if (word === 'off' || word === 'stop') {
    await deps.store.practice.setReminders(userId, false);
    return void (await deps.outbox.send(to, { text: replies.remindersOff() }));
  }
  if (word === 'on') {
    await deps.store.practice.setReminders(userId, true);
    // A drill that fell due while reminders were off was dropped: it is due again now (a new
    // due time, so a new job). One still ahead keeps its queued job.
    const next = await deps.store.practice.next(userId);
    if (next && next.dueAt <= deps.now()) await postpone(deps, next.id, deps.now());
    return void (await deps.outbox.send(to, { text: replies.remindersOn() }));
  }
  const next = await deps.store.practice.next(userId);
  if (!next) return void (await deps.outbox.send(to, { text: replies.nothingToPractise() }));
  await startDrill(deps, to, next);
}

/** A drill asked for now (/practice, Start drill): not over another flow, which is finished first. */
async function startDrill(deps: PracticeDeps, to: ConversationRef, item: PracticeItem): Promise<void> {
  const busy = (await deps.flows.get(to.conversationId))?.flow;
  if (busy && busy !== practicing) return void (await deps.outbox.send(to, { text: replies.finishFlowFirst() }));
  await sendDrill(deps, to, item, busy ?? '');
}

/** The item if it is this user's and still waiting. */
async function waitingItem(deps: PracticeDeps, itemId: string | undefined, userId: string): Promise<PracticeItem | undefined> {
  const item = itemId ? await deps.store.practice.get(itemId) : undefined;
  return item?.userId === userId && item.status === 'waiting' ? item : undefined;
}

/** The drill's buttons: start (after another flow), skip for today, stop reminders. */
export async function practiceButton(deps: PracticeDeps, to: ConversationRef, userId: string, value: string): Promise<void> {
  if (value === 'off') return startPractice(deps, to, userId, 'off');
  const [verb, itemId] = value.split(':');
  const item = await waitingItem(deps, itemId, userId);
  if (!item) return void (await deps.outbox.send(to, { text: replies.drillGone() }));
  if (verb === 'start') return startDrill(deps, to, item);
  if (verb === 'skip') {
    const dueAt = daysLater(deps.now(), 1);
    await postpone(deps, item.id, dueAt);
    const flow = await deps.flows.get(to.conversationId);
    if (flow?.flow === practicing) await deps.flows.clear(to.conversationId);
    return void (await deps.outbox.send(to, { text: replies.skipped(dueAt, calendarDayIn(deps.now(), 'UTC')) }));
  }
  await deps.outbox.send(to, { text: replies.drillGone() });
}

/** The user's answer to the drill on screen: stored, then scored by the score-drill job. */
export async function drillAnswer(deps: PracticeDeps, to: ConversationRef, userId: string, state: unknown, text: string, delivery?: unknown): Promise<void> {
  const item = await waitingItem(deps, (state as DrillState).itemId, userId);
  await deps.flows.clear(to.conversationId);
  if (!item) return void (await deps.outbox.send(to, { text: replies.drillGone() }));
  const attemptId = await deps.store.practice.addAttempt(item.id, userId, text, delivery);
  await deps.queue.enqueue('score-drill', { attemptId, conversationId: to.conversationId }, { jobId: `score-drill-${attemptId}` });
  await deps.outbox.send(to, { text: replies.scoring() });
}

/** Moves a question to a new due time and queues its drill for then. */
export async function postpone(deps: Pick<PracticeDeps, 'store' | 'queue' | 'now'>, itemId: string, dueAt: Date): Promise<void> {
  await deps.store.practice.postpone(itemId, dueAt);
  await scheduleDrill(deps, { id: itemId, dueAt });
}

/** The question of the drill on screen in a conversation, if one was shown recently. */
export function drillOnScreen(flow: { flow: string; state: unknown } | undefined, now: Date): string | undefined {
  if (flow?.flow !== practicing) return undefined;
  const { itemId, shownAt } = flow.state as Partial<DrillState>;
  return now.getTime() - (shownAt ?? 0) <= drillOpenMs ? itemId : undefined;
}

/**
 * Whether text typed while a drill is open answers it: not a short question (that is for the
 * coach), and not hours after the drill was shown (the user has moved on).
 */
export function isDrillAnswer(text: string, flow: { flow: string; state: unknown }, now: Date): boolean {
  return !!drillOnScreen(flow, now) && !(/\?\s*$/.test(text) && text.split(/\s+/).length < 25);
}

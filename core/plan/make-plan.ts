// make_plan: an interview date said in chat becomes a stored day-by-day plan, with a reminder
// job on each morning before the interview. A new plan replaces the previous one (the reply
// says so), and reminders are queued before the plan counts as made.
import type { JobQueue } from '../ports/job-queue.ts';
import type { Logger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import { buildPlan } from './build-plan.ts';
import { calendarDayIn, findInterviewDate, maxDaysAhead } from './interview-date.ts';
import type { PrepPlan } from './plan-store.ts';
import { say } from '../language/current.ts';

export interface PlanDeps {
  store: Store;
  queue: JobQueue;
  logger: Logger;
  now: () => Date;
}

export interface PlanRequest {
  userId: string;
  conversationId: string;
  /** The date as said ("on Friday", "next Tuesday", "2026-12-04"). */
  when: string;
  company?: string;
  role?: string;
}

export interface MadePlan {
  plan: PrepPlan;
  /** The plan it replaced, if one was running for another interview. */
  replaced?: PrepPlan;
}

/** Reminders go out at this hour, UTC (the user's own time zone is not known yet). */
export const reminderHourUtc = 8;

export const dateNotUnderstood = () =>
  say({
    en: `I couldn't tell the interview date. Say the day, like "Friday", "next Tuesday" or "3 December" (within ${maxDaysAhead} days).`,
    es: `No entendí la fecha de la entrevista. Dime el día, como "el viernes", "pasado mañana" o "el 3 de diciembre" (dentro de ${maxDaysAhead} días).`,
  });

/** When a reminder for this plan day is due, in ms since the epoch. */
export const reminderDue = (date: string) => Date.parse(`${date}T${String(reminderHourUtc).padStart(2, '0')}:00:00Z`);

export async function makePlan(deps: PlanDeps, request: PlanRequest): Promise<MadePlan | { problem: string }> {
  const now = deps.now();
  const found = findInterviewDate(request.when, now);
  if (!found) return { problem: dateNotUnderstood() };
  const { store, queue } = deps;
  const today = calendarDayIn(now, 'UTC');
  const company = request.company ?? found.company;
  const role = request.role ?? found.role;
  const [resume, match, pitch, stories, previous] = await Promise.all([
    store.resumes.parsedVersion(request.userId),
    store.optimizations.latestFor(request.userId),
    store.pitches.latest(request.userId),
    store.stories.list(request.userId),
    store.plans.active(request.userId, today),
  ]);
  const days = buildPlan({ today, interviewDate: found.date, company, role, hasResume: !!resume, hasMatch: match?.status === 'done', hasPitch: !!pitch, storyCount: stories.length });
  const plan = await store.plans.create({ userId: request.userId, conversationId: request.conversationId, company, role, interviewDate: found.date, days });
  try {
    for (const day of days) {
      // Today's reminder only while its hour is ahead; the plan itself covers today otherwise.
      const delayMs = reminderDue(day.date) - now.getTime();
      if (delayMs > 0) await queue.enqueue('plan-reminder', { planId: plan.id, date: day.date }, { jobId: `plan-reminder-${plan.id}-${day.date}`, delayMs });
    }
  } catch (error) {
    // Half-scheduled is worse than none: the user is told it failed and can ask again.
    await store.plans.cancel(request.userId).catch((cancelError: unknown) => deps.logger.warn({ err: cancelError }, 'a plan without reminders could not be cancelled'));
    throw error;
  }
  const replaced = previous && (previous.interviewDate !== plan.interviewDate || previous.company !== plan.company) ? previous : undefined;
  return { plan, replaced };
}

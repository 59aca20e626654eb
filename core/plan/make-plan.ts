// make_plan: an interview date said in chat becomes a stored day-by-day plan, with a reminder
// job on each morning before the interview. A new plan replaces the previous one.
import type { JobQueue } from '../ports/job-queue.ts';
import type { Store } from '../ports/store.ts';
import { buildPlan } from './build-plan.ts';
import { daysBetween, findInterviewDate } from './interview-date.ts';
import type { PrepPlan } from './plan-store.ts';

export interface PlanDeps {
  store: Store;
  queue: JobQueue;
  now: () => Date;
}

export interface PlanRequest {
  userId: string;
  conversationId: string;
  /** The date as said ("on Friday", "next Tuesday") or YYYY-MM-DD. */
  when: string;
  company?: string;
  role?: string;
}

/** Reminders go out at this hour, UTC (the user's own time zone is not known yet). */
export const reminderHourUtc = 8;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export async function makePlan(deps: PlanDeps, request: PlanRequest): Promise<{ plan: PrepPlan } | { problem: string }> {
  const now = deps.now();
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(request.when)?.[1];
  const found = findInterviewDate(request.when, now) ?? (iso && withinPlanningRange(iso, now) ? { date: iso } : undefined);
  if (!found) return { problem: 'I could not tell the interview date. Ask the user for the day, e.g. "Friday" or "3 December" (within the next 60 days).' };
  const { store, queue } = deps;
  const company = request.company ?? found.company;
  const role = request.role ?? found.role;
  const [resume, match, pitch, stories] = await Promise.all([
    store.resumes.parsedVersion(request.userId),
    store.optimizations.latestFor(request.userId),
    store.pitches.latest(request.userId),
    store.stories.list(request.userId),
  ]);
  const days = buildPlan({ today: isoDay(now), interviewDate: found.date, company, role, hasResume: !!resume, hasMatch: match?.status === 'done', hasPitch: !!pitch, storyCount: stories.length });
  const plan = await store.plans.create({ userId: request.userId, conversationId: request.conversationId, company, role, interviewDate: found.date, days });
  for (const day of days) {
    const due = Date.parse(`${day.date}T${String(reminderHourUtc).padStart(2, '0')}:00:00Z`);
    // Today's reminder only if its hour is still ahead; the plan itself covers today otherwise.
    if (due <= now.getTime()) continue;
    await queue.enqueue('plan-reminder', { planId: plan.id, date: day.date }, { jobId: `plan-reminder-${plan.id}-${day.date}`, delayMs: due - now.getTime() });
  }
  return { plan };
}

function withinPlanningRange(iso: string, now: Date): boolean {
  const days = daysBetween(isoDay(now), iso);
  return days >= 0 && days <= 60;
}

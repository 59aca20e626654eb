// What /plan and the reminders say, and the buttons that start the day's practice.
import { commandButton, type Button, type OutgoingMessage } from '../model/message.ts';
import { formatDayLabel } from './interview-date.ts';
import { formatPlan, type PlanDay } from './build-plan.ts';
import { reminderDue, reminderHourUtc, type MadePlan } from './make-plan.ts';
import type { PrepPlan } from './plan-store.ts';

const commandLabels: Record<string, string> = {
  '/interview': 'Mock interview',
  '/pitch': 'Practise my pitch',
  '/stories': 'My stories',
  '/optimize': 'Match to the job',
};

/** One button per command the day's tasks name, in their order. */
export function planButtons(day: PlanDay): Button[] {
  const commands = [...new Set(day.tasks.map((t) => t.command).filter((c): c is string => !!c && c in commandLabels))];
  return commands.map((c) => commandButton(commandLabels[c]!, c));
}

/** The plan, with today's practice as buttons and when the next reminders come. */
export function planMessage(plan: PrepPlan, now: Date): OutgoingMessage {
  const today = now.toISOString().slice(0, 10);
  const reminders = plan.days.filter((d) => reminderDue(d.date) > now.getTime()).length;
  const when = reminders
    ? `⏰ I'll send each day's part at ${String(reminderHourUtc).padStart(2, '0')}:00 UTC (${reminders} reminder${reminders === 1 ? '' : 's'} to come). /plan shows this again; /plan off stops the reminders.`
    : '/plan shows this again; /plan off clears it.';
  const current = plan.days.find((d) => d.date === today) ?? plan.days[0];
  return { text: `${formatPlan(plan.days, plan.company)}\n\n${when}`, buttons: current ? planButtons(current) : [] };
}

/** Said before a new plan when it replaced one for another interview. */
export function replacedNote({ replaced }: MadePlan): string {
  return replaced ? ` It replaces your plan for the ${replaced.company ? `${replaced.company} ` : ''}interview on ${formatDayLabel(replaced.interviewDate)}.` : '';
}

export const askForDate: OutgoingMessage = {
  text: 'When is your interview, and where? Tell me like "Stripe, on Friday" or "Acme on 3 December", and I\'ll make a day-by-day plan with a reminder each morning.',
};

export const plansCancelled: OutgoingMessage = { text: 'Okay, your plan and its reminders are off. /plan makes a new one any time.' };

export const noPlanToCancel: OutgoingMessage = { text: 'You have no plan running. /plan makes one.' };

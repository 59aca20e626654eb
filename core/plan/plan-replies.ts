// What /plan and the reminders say, and the buttons that start the day's practice.
import { commandButton, type Button, type OutgoingMessage } from '../model/message.ts';
import type { PlanDay } from './build-plan.ts';
import { formatPlan } from './build-plan.ts';
import { reminderHourUtc } from './make-plan.ts';
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

export function planMessage(plan: PrepPlan): OutgoingMessage {
  const text = `${formatPlan(plan.days, plan.company)}\n\n⏰ I'll send each day's part at ${String(reminderHourUtc).padStart(2, '0')}:00 UTC. /plan shows this again; /plan off stops the reminders.`;
  return { text, buttons: plan.days[0] ? planButtons(plan.days[0]) : [] };
}

export const askForDate: OutgoingMessage = {
  text: 'When is your interview, and where? Tell me like "Stripe, on Friday" or "Acme on 3 December", and I\'ll make a day-by-day plan with a reminder each morning.',
};

export const plansCancelled: OutgoingMessage = { text: 'Okay, your plan and its reminders are off. /plan makes a new one any time.' };

export const noPlanToCancel: OutgoingMessage = { text: 'You have no plan running. /plan makes one.' };

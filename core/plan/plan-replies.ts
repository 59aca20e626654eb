// What /plan and the reminders say, and the buttons that start the day's practice.
import { commandButton, type Button, type OutgoingMessage } from '../model/message.ts';
import { formatDayLabel } from './interview-date.ts';
import { formatPlan, type PlanDay } from './build-plan.ts';
import { reminderDue, reminderHourUtc, type MadePlan } from './make-plan.ts';
import type { PrepPlan } from './plan-store.ts';
import { say } from '../language/current.ts';

const commandLabels = (): Record<string, string> =>
  say({
    en: { '/interview': 'Mock interview', '/pitch': 'Practise my pitch', '/stories': 'My stories', '/optimize': 'Match to the job' },
    es: { '/interview': 'Entrevista de práctica', '/pitch': 'Practicar mi presentación', '/stories': 'Mis historias', '/optimize': 'Comparar con la oferta' },
  });

/** One button per command the day's tasks name, in their order. */
export function planButtons(day: PlanDay): Button[] {
  const labels = commandLabels();
  const commands = [...new Set(day.tasks.map((t) => t.command).filter((c): c is string => !!c && c in labels))];
  return commands.map((c) => commandButton(labels[c]!, c));
}

/** The plan, with today's practice as buttons and when the next reminders come. */
export function planMessage(plan: PrepPlan, now: Date): OutgoingMessage {
  const today = now.toISOString().slice(0, 10);
  const reminders = plan.days.filter((d) => reminderDue(d.date) > now.getTime()).length;
  const hour = String(reminderHourUtc).padStart(2, '0');
  const when = reminders
    ? say({
        en: `⏰ I'll send each day's part at ${hour}:00 UTC (${reminders} reminder${reminders === 1 ? '' : 's'} to come). /plan shows this again; /plan off stops the reminders.`,
        es: `⏰ Te enviaré la parte de cada día a las ${hour}:00 UTC (${reminders === 1 ? 'queda 1 recordatorio' : `quedan ${reminders} recordatorios`}). /plan lo vuelve a mostrar; /plan off detiene los recordatorios.`,
      })
    : say({ en: '/plan shows this again; /plan off clears it.', es: '/plan lo vuelve a mostrar; /plan off lo borra.' });
  const current = plan.days.find((d) => d.date === today) ?? plan.days[0];
  return { text: `${formatPlan(plan.days, plan.company)}\n\n${when}`, buttons: current ? planButtons(current) : [] };
}

/** Said before a new plan when it replaced one for another interview. */
export function replacedNote({ replaced }: MadePlan): string {
  if (!replaced) return '';
  return say({
    en: ` It replaces your plan for the ${replaced.company ? `${replaced.company} ` : ''}interview on ${formatDayLabel(replaced.interviewDate)}.`,
    es: ` Sustituye a tu plan para la entrevista${replaced.company ? ` en ${replaced.company}` : ''} del ${formatDayLabel(replaced.interviewDate)}.`,
  });
}

export const askForDate = (): OutgoingMessage => ({
  text: say({
    en: 'When is your interview, and where? Tell me like "Stripe, on Friday" or "Acme on 3 December", and I\'ll make a day-by-day plan with a reminder each morning.',
    es: '¿Cuándo y dónde es tu entrevista? Dímelo como "Stripe, el viernes" o "Acme el 3 de diciembre" y te haré un plan día a día con un recordatorio cada mañana.',
  }),
});

export const plansCancelled = (): OutgoingMessage => ({
  text: say({ en: 'Okay, your plan and its reminders are off. /plan makes a new one any time.', es: 'De acuerdo, tu plan y sus recordatorios están desactivados. /plan hace uno nuevo cuando quieras.' }),
});

export const noPlanToCancel = (): OutgoingMessage => ({ text: say({ en: 'You have no plan running. /plan makes one.', es: 'No tienes ningún plan en marcha. /plan crea uno.' }) });

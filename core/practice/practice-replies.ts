// What the practice loop says: the drill, the scored retry, and the /practice answers.
import type { Button } from '../model/message.ts';
import { commandButton } from '../model/message.ts';
import { say } from '../language/current.ts';
import { calendarDayIn, daysBetween, formatDayLabel } from '../plan/interview-date.ts';
import { goodScore } from './schedule.ts';
import type { PracticeItem } from './practice-store.ts';

export const practiceAction = 'practice';

const score = (n: number) => `${n.toFixed(1)}/5`;

export function drillText(item: PracticeItem, answerHere: boolean): string {
  return say({
    en: [
      '🔁 **2-minute drill**',
      `**${item.question}**`,
      `Last time: ${score(item.lastScore)}. One thing to fix: ${item.fix}`,
      answerHere
        ? 'Answer as you would out loud, about 2 minutes (250–300 words). Type it, or send a voice note.'
        : 'Finish what you are doing first, then tap *Start drill*.',
    ],
    es: [
      '🔁 **Ejercicio de 2 minutos**',
      `**${item.question}**`,
      `La última vez: ${score(item.lastScore)}. Una cosa que corregir: ${item.fix}`,
      answerHere
        ? 'Responde como lo harías en voz alta, unos 2 minutos (250–300 palabras). Escríbelo o envía una nota de voz.'
        : 'Termina primero lo que estás haciendo y luego toca *Empezar ejercicio*.',
    ],
  }).join('\n\n');
}

export function drillButtons(item: PracticeItem, answerHere: boolean): Button[] {
  const label = say({
    en: { start: 'Start drill', skip: 'Skip for today', off: 'Stop drill reminders' },
    es: { start: 'Empezar ejercicio', skip: 'Saltar por hoy', off: 'Desactivar recordatorios' },
  });
  const start: Button[] = answerHere ? [] : [{ label: label.start, actionId: practiceAction, value: `start:${item.id}`, style: 'primary' }];
  return [...start, { label: label.skip, actionId: practiceAction, value: `skip:${item.id}` }, { label: label.off, actionId: practiceAction, value: 'off' }];
}

export const scoring = () => say({ en: '⏳ Scoring your retry…', es: '⏳ Puntuando tu nuevo intento…' });

export function retryResult(overall: number, before: number, fix: string, next: { dueAt: Date } | 'retired', more: boolean, today: string): { text: string; buttons: Button[] } {
  // Compared as shown (one decimal), so "down from 1.4/5" never follows a 1.4.
  const [now, then] = [score(overall), score(before)];
  const trend = now === then ? say({ en: 'same as last time', es: 'igual que la última vez' }) : overall > before ? say({ en: `up from ${then}`, es: `sube desde ${then}` }) : say({ en: `down from ${then}`, es: `baja desde ${then}` });
  const lines = [say({ en: `**Retry: ${now}** (${trend})`, es: `**Nuevo intento: ${now}** (${trend})` })];
  if (next === 'retired') lines.push(say({ en: '🎉 Solid answer. That question is done; it will not come back.', es: '🎉 Respuesta sólida. Esa pregunta está superada; no volverá.' }));
  else if (overall >= goodScore) {
    const when = whenLabel(next.dueAt, today);
    lines.push(
      say({ en: `✅ Better. I'll bring it back ${when}, to make it stick.`, es: `✅ Mejor. Te la traeré de vuelta ${when}, para que se quede.` }),
      say({ en: `To make it even stronger: ${fix}`, es: `Para hacerla aún más fuerte: ${fix}` }),
    );
  } else {
    const when = whenLabel(next.dueAt, today);
    lines.push(say({ en: `Not there yet. One thing to fix: ${fix}`, es: `Todavía no. Una cosa que corregir: ${fix}` }), say({ en: `It comes back ${when}.`, es: `Vuelve ${when}.` }));
  }
  const nextDrill = say({ en: 'Next drill', es: 'Siguiente ejercicio' });
  return { text: lines.join('\n'), buttons: more ? [commandButton(nextDrill, '/practice', 'primary')] : [] };
}

function whenLabel(dueAt: Date, today: string): string {
  const day = calendarDayIn(dueAt, 'UTC');
  const days = daysBetween(today, day);
  return say({
    en: days === 1 ? 'tomorrow' : `in ${days} days (${formatDayLabel(day)})`,
    es: days === 1 ? 'mañana' : `dentro de ${days} días (${formatDayLabel(day)})`,
  });
}

export const nothingToPractise = () =>
  say({
    en: 'Nothing to practise yet. Answers that score below 3 in a /interview come back here as 2-minute drills: after 1 day, then 3, then 7.',
    es: 'Todavía no hay nada que practicar. Las respuestas que sacan menos de 3 en una /interview vuelven aquí como ejercicios de 2 minutos: al cabo de 1 día, luego de 3 y luego de 7.',
  });

export const finishFlowFirst = () =>
  say({
    en: 'Finish what you are doing first (/end ends an interview), then send /practice.',
    es: 'Termina primero lo que estás haciendo (/end termina una entrevista) y luego envía /practice.',
  });

export const remindersOff = () =>
  say({
    en: 'Drill reminders are off. /practice still starts a drill whenever you want one; /practice on brings the reminders back.',
    es: 'Los recordatorios de ejercicios están desactivados. /practice sigue empezando un ejercicio cuando quieras; /practice on los vuelve a activar.',
  });

export const remindersOn = () =>
  say({
    en: "Drill reminders are on. I'll message you when a question is due again.",
    es: 'Los recordatorios de ejercicios están activados. Te escribiré cuando toque repasar una pregunta.',
  });

export const skipped = (dueAt: Date, today: string) =>
  say({ en: `Okay, skipped for today. It comes back ${whenLabel(dueAt, today)}.`, es: `De acuerdo, lo saltamos por hoy. Vuelve ${whenLabel(dueAt, today)}.` });

export const drillGone = () =>
  say({ en: 'That drill is no longer waiting. Send /practice for the next one.', es: 'Ese ejercicio ya no está pendiente. Envía /practice para el siguiente.' });

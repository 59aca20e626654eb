// What the practice loop says: the drill, the scored retry, and the /practice answers.
import type { Button } from '../model/message.ts';
import { commandButton } from '../model/message.ts';
import { formatDayLabel } from '../plan/interview-date.ts';
import type { PracticeItem } from './practice-store.ts';

export const practiceAction = 'practice';

const score = (n: number) => `${n.toFixed(1)}/5`;

export function drillText(item: PracticeItem, answerHere: boolean): string {
  return [
    '🔁 **2-minute drill**',
    `**${item.question}**`,
    `Last time: ${score(item.lastScore)}. One thing to fix: ${item.fix}`,
    answerHere
      ? 'Answer as you would out loud, about 2 minutes (250–300 words). Type it, or send a voice note.'
      : 'Finish what you are doing first, then tap *Start drill*.',
  ].join('\n\n');
}

export function drillButtons(item: PracticeItem, answerHere: boolean): Button[] {
  const start: Button[] = answerHere ? [] : [{ label: 'Start drill', actionId: practiceAction, value: `start:${item.id}`, style: 'primary' }];
  return [...start, { label: 'Skip for today', actionId: practiceAction, value: `skip:${item.id}` }, { label: 'Stop drill reminders', actionId: practiceAction, value: 'off' }];
}

export const scoring = '⏳ Scoring your retry…';

export function retryResult(overall: number, before: number, fix: string, next: { dueAt: Date } | 'retired', more: boolean, today: string): { text: string; buttons: Button[] } {
  const trend = overall > before ? `up from ${score(before)}` : overall < before ? `down from ${score(before)}` : `same as last time`;
  const lines = [`**Retry: ${score(overall)}** (${trend})`];
  if (next === 'retired') lines.push('🎉 Solid answer. That question is done; it will not come back.');
  else if (overall >= 3) lines.push(`✅ Better. I'll bring it back ${whenLabel(next.dueAt, today)}, to make it stick.`, `To make it even stronger: ${fix}`);
  else lines.push(`Not there yet. One thing to fix: ${fix}`, `It comes back ${whenLabel(next.dueAt, today)}.`);
  return { text: lines.join('\n'), buttons: more ? [commandButton('Next drill', '/practice', 'primary')] : [] };
}

function whenLabel(dueAt: Date, today: string): string {
  const day = dueAt.toISOString().slice(0, 10);
  const days = Math.round((Date.parse(day) - Date.parse(today)) / 86_400_000);
  return days === 1 ? 'tomorrow' : `in ${days} days (${formatDayLabel(day)})`;
}

export const nothingToPractise =
  'Nothing to practise yet. Answers that score below 3 in a /interview come back here as 2-minute drills: after 1 day, then 3, then 7.';

export const finishFlowFirst = 'Finish what you are doing first (/end ends an interview), then send /practice.';

export const remindersOff = 'Drill reminders are off. /practice still starts a drill whenever you want one; /practice on brings the reminders back.';

export const remindersOn = "Drill reminders are on. I'll message you when a question is due again.";

export const skipped = (dueAt: Date, today: string) => `Okay, skipped for today. It comes back ${whenLabel(dueAt, today)}.`;

export const drillGone = 'That drill is no longer waiting. Send /practice for the next one.';

export const emptyRetry = 'Type your answer (or send a voice note), or /practice off to stop drills.';

// The spacing of re-practice: a weak answer comes back after 1 day, then 3, then 7, and further
// out after each good retry; a good retry at the last step retires the question. A weak retry
// starts the spacing over.
import { rubricCriteria, type AnswerEvaluation } from '../coach/coach.ts';
import { daysLater } from '../plan/interview-date.ts';

/** Days until the next drill, by step. */
export const spacingDays = [1, 3, 7, 14, 30] as const;

/** An answer below this overall score (1–5) goes into the practice queue; a retry at or above it is good. */
export const goodScore = 3;

/** Where a question goes after a retry scored `overall`, from step `step`, at time `at`. */
export function afterRetry(step: number, overall: number, at: Date): { step: number; dueAt: Date } | 'retired' {
  if (overall < goodScore) return firstDrill(at);
  const next = step + 1;
  if (next >= spacingDays.length) return 'retired';
  return { step: next, dueAt: daysLater(at, spacingDays[next]!) };
}

/**
 * The first drill of a weak answer: one day later, at the same time of day. The user chose that
 * hour to practise, which is a better guess at a sensible local hour than any server time zone.
 */
export function firstDrill(at: Date): { step: number; dueAt: Date } {
  return { step: 0, dueAt: daysLater(at, spacingDays[0]) };
}

/** The one thing to fix: the improvement given for the weakest criterion. */
export function oneThingToFix(scores: AnswerEvaluation): string {
  const weakest = [...rubricCriteria].sort((a, b) => scores[a].score - scores[b].score)[0]!;
  return scores[weakest].improvement;
}

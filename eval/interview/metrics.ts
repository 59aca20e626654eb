// The figures of `npm run eval:interview`, as pure functions over overall scores (1–5).
import { rubricCriteria, type AnswerEvaluation } from '../../core/coach/coach.ts';
import { overallOf } from '../../core/interview/report.ts';
import { levels, type Level } from './data.ts';

export type Criterion = (typeof rubricCriteria)[number];

/** One question's answers scored twice: the second pass is only for stability. */
export interface ScoredItem {
  id: string;
  first: Record<Level, AnswerEvaluation>;
  second: Record<Level, AnswerEvaluation>;
}

/** The pairs a grader would order; a tie counts as wrong, since the rubric failed to separate them. */
export const pairs: Array<[Level, Level]> = [
  ['weak', 'ok'],
  ['ok', 'strong'],
  ['weak', 'strong'],
];

export const overalls = (item: ScoredItem): Record<Level, number> => ({ weak: overallOf(item.first.weak), ok: overallOf(item.first.ok), strong: overallOf(item.first.strong) });

export const fullyOrdered = (o: Record<Level, number>) => o.weak < o.ok && o.ok < o.strong;

export function ordering(items: ScoredItem[]) {
  const all = items.map(overalls);
  const comparisons = all.flatMap((o) => pairs.map(([low, high]) => Math.sign(o[high] - o[low])));
  return {
    questions: all.length,
    fullyOrdered: all.filter(fullyOrdered).length,
    pairs: comparisons.length,
    pairsCorrect: comparisons.filter((s) => s > 0).length,
    pairsTied: comparisons.filter((s) => s === 0).length,
    /** Per pair kind, how many questions have it right: shows which boundary the rubric blurs. */
    byPair: pairs.map(([low, high]) => ({ pair: `${low}<${high}`, correct: all.filter((o) => o[low] < o[high]).length })),
  };
}

/** The largest change in overall score between the two passes over the same answer. */
export const maxDrift = (items: ScoredItem[]) =>
  Math.max(0, ...items.flatMap((item) => levels.map((level) => Math.abs(overallOf(item.first[level]) - overallOf(item.second[level])))));

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Per criterion (and overall), the mean score of each level over all questions. */
export function criterionMeans(items: ScoredItem[]): Array<{ criterion: Criterion | 'overall'; means: Record<Level, number> }> {
  const byLevel = (pick: (e: AnswerEvaluation) => number) =>
    Object.fromEntries(levels.map((level) => [level, mean(items.map((item) => pick(item.first[level])))])) as Record<Level, number>;
  return [...rubricCriteria.map((c) => ({ criterion: c, means: byLevel((e) => e[c].score) })), { criterion: 'overall' as const, means: byLevel(overallOf) }];
}

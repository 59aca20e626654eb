// The numbers of `npm run eval:match`: requirement-extraction precision/recall/F1 against the
// labels, and how well match scores rank a person's JDs against a recruiter's ranking.
import type { Requirements } from '../../core/optimize/requirements.ts';

export const CATEGORIES = ['hardSkills', 'titles', 'seniority', 'minYears', 'education', 'certifications', 'softSkills'] as const;
export type Category = (typeof CATEGORIES)[number];

export type Counts = { tp: number; fp: number; fn: number };
export type CategoryScore = Counts & { missed: string[]; extra: string[] };
export type ExtractionScore = Record<Category, CategoryScore> & { notes: string[] };

// Case-insensitive, with dashes and spaces folded: "AWS Certified Developer – Associate" and
// "aws certified developer - associate" are one name; "Postgres" and "PostgreSQL" are not
// (canonicalising is the extractor's job).
const fold = (name: string) => name.toLowerCase().replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').trim();

function compareLists(expected: string[], got: string[]): CategoryScore {
  const want = new Map(expected.map((n) => [fold(n), n]));
  const have = new Map(got.map((n) => [fold(n), n]));
  const missed = [...want].filter(([k]) => !have.has(k)).map(([, n]) => n);
  const extra = [...have].filter(([k]) => !want.has(k)).map(([, n]) => n);
  return { tp: want.size - missed.length, fp: extra.length, fn: missed.length, missed, extra };
}

/**
 * Seniority and minimum years are one item each, and only when labelled: a JD that states
 * neither is not held against an extractor that guesses (the guess shows in the notes).
 */
function compareScalar(expected: string | number | undefined, got: string | number | undefined, label: string, notes: string[]): CategoryScore {
  if (expected === undefined) {
    if (got !== undefined) notes.push(`${label} not labelled, extracted ${got}`);
    return { tp: 0, fp: 0, fn: 0, missed: [], extra: [] };
  }
  if (got === expected) return { tp: 1, fp: 0, fn: 0, missed: [], extra: [] };
  const wrong = got === undefined ? [] : [String(got)];
  return { tp: 0, fp: wrong.length, fn: 1, missed: [String(expected)], extra: wrong };
}

export function scoreExtraction(labels: Requirements, got: Requirements): ExtractionScore {
  const notes: string[] = [];
  return {
    hardSkills: compareLists(labels.hardSkills, got.hardSkills),
    titles: compareLists(labels.titles, got.titles),
    seniority: compareScalar(labels.seniority, got.seniority, 'seniority', notes),
    minYears: compareScalar(labels.minYears, got.minYears, 'minYears', notes),
    education: compareLists(labels.education, got.education),
    certifications: compareLists(labels.certifications, got.certifications),
    softSkills: compareLists(labels.softSkills, got.softSkills),
    notes,
  };
}

/** Counts are summed before dividing (micro-average), so a JD with 20 skills weighs more than one with 8. */
export function sumCounts(scores: Counts[]): Counts {
  return scores.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
}

/** Undefined when there is nothing to divide (no labels and no output): "-" beats a fake 0 or 1. */
export function rates({ tp, fp, fn }: Counts): { precision?: number; recall?: number; f1?: number } {
  const precision = tp + fp ? tp / (tp + fp) : undefined;
  const recall = tp + fn ? tp / (tp + fn) : undefined;
  const f1 = precision !== undefined && recall !== undefined ? (precision + recall ? (2 * precision * recall) / (precision + recall) : 0) : undefined;
  return { precision, recall, f1 };
}

/** Rank 1 = highest score; tied scores share the average of their ranks (standard for Spearman). */
export function ranksByScore(scores: number[]): number[] {
  return scores.map((s) => 1 + scores.filter((o) => o > s).length + (scores.filter((o) => o === s).length - 1) / 2);
}

/** Spearman's rho as the Pearson correlation of ranks (correct with ties); undefined if a side is constant. */
export function spearman(a: number[], b: number[]): number | undefined {
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(a);
  const mb = mean(b);
  let cov = 0;
  let va = 0;
  let vb = 0;
  a.forEach((x, i) => {
    const y = b[i]!;
    cov += (x - ma) * (y - mb);
    va += (x - ma) ** 2;
    vb += (y - mb) ** 2;
  });
  return va && vb ? cov / Math.sqrt(va * vb) : undefined;
}

/** 1 if the expected first JD alone scores highest; 1/k if it ties with k-1 others (a fair coin's tie-break). */
export function top1Credit(scores: number[], expectedFirst: number): number {
  const best = Math.max(...scores);
  const tied = scores.filter((s) => s === best).length;
  return scores[expectedFirst] === best ? 1 / tied : 0;
}

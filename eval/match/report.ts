// The printed side of `npm run eval:match`: aligned tables and the --verbose detail lines.
import { CATEGORIES, rates, sumCounts, type ExtractionScore } from './metrics.ts';

export const fixed = (x: number | undefined, digits = 2) => (x === undefined ? '-' : x.toFixed(digits));

/** Left-aligned first column, right-aligned numbers, two spaces between. */
export function grid(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

/** Categories as rows; F1 per JD (by its number), then P, R, F1 over all JDs. */
export function extractionTable(scores: Array<{ jd: string; score: ExtractionScore }>): string {
  const header = ['category', ...scores.map((s) => s.jd.slice(0, 2)), 'P', 'R', 'F1'];
  const row = (label: string, pick: (s: ExtractionScore) => ReturnType<typeof sumCounts>) => {
    const all = rates(sumCounts(scores.map((s) => pick(s.score))));
    return [label, ...scores.map((s) => fixed(rates(pick(s.score)).f1)), fixed(all.precision), fixed(all.recall), fixed(all.f1)];
  };
  const overall = (s: ExtractionScore) => sumCounts(CATEGORIES.map((c) => s[c]));
  return grid([header, ...CATEGORIES.map((c) => row(c, (s) => s[c])), row('overall', overall)]);
}

/** One JD's misses and extras, for --verbose. */
export function extractionDetail(jd: string, score: ExtractionScore): string {
  const lines = [`${jd}:`];
  for (const c of CATEGORIES) {
    const { missed, extra } = score[c];
    if (missed.length) lines.push(`  ${c.padEnd(14)} missed: ${missed.join(', ')}`);
    if (extra.length) lines.push(`  ${c.padEnd(14)} extra:  ${extra.join(', ')}`);
  }
  for (const note of score.notes) lines.push(`  note: ${note}`);
  if (lines.length === 1) lines.push('  all labels found, nothing extra');
  return lines.join('\n');
}

// The printed side of `npm run eval:parse`: the F1 table and the per-file misses.
import { FIELDS, rates, sum, type Counts, type FieldScore, type ResumeScore } from './score.ts';

/** One parsed file. A failed parse is scored as an empty resume, so it costs recall everywhere. */
export type FileResult = {
  person: string;
  layout: string;
  fileName: string;
  ms: number;
  score: ResumeScore;
  failure?: { reason: string; message: string };
  /** Problems that did not stop scoring, e.g. output that fails the JsonResume schema. */
  notes: string[];
};

const fixed = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(2));

function counts(results: FileResult[], field?: (typeof FIELDS)[number]): Counts {
  const picked = results.flatMap((r): FieldScore[] => (field ? [r.score[field]] : FIELDS.map((f) => r.score[f])));
  return sum(picked.map(({ tp, fp, fn }) => ({ tp, fp, fn, misses: [] })));
}

/** Rows are fields (and all fields together), columns each layout, then overall F1, precision and recall. */
export function table(results: FileResult[], layouts: readonly string[]): string {
  const header = ['field', ...layouts, 'overall', 'P', 'R'];
  const row = (label: string, field?: (typeof FIELDS)[number]) => {
    const overall = rates(counts(results, field));
    const perLayout = layouts.map((l) => fixed(rates(counts(results.filter((r) => r.layout === l), field)).f1));
    return [label, ...perLayout, fixed(overall.f1), fixed(overall.precision), fixed(overall.recall)];
  };
  const rows = [header, ...FIELDS.map((f) => row(f, f)), row('all fields')];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

const clip = (s: string | undefined) => (s === undefined ? '∅' : JSON.stringify(s.length > 100 ? `${s.slice(0, 97)}...` : s));

/** Everything a file lost, one line per miss: for debugging the parser against one layout. */
export function misses(r: FileResult): string {
  const f1 = fixed(rates(counts([r])).f1);
  const lines = [`${r.person} / ${r.layout}: F1 ${f1}, ${Math.round(r.ms)} ms${r.failure ? `, FAILED ${r.failure.reason}` : ''}`];
  for (const note of r.notes) lines.push(`  note: ${note}`);
  for (const field of FIELDS) {
    for (const m of r.score[field].misses) {
      const what = m.expected !== undefined && m.got !== undefined ? `expected ${clip(m.expected)}, got ${clip(m.got)}` : m.expected !== undefined ? `missed ${clip(m.expected)}` : `extra ${clip(m.got)}`;
      lines.push(`  ${field.padEnd(9)} ${m.where ? `${m.where}: ` : ''}${what}`);
    }
  }
  return lines.join('\n');
}

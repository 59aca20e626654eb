// Stand-in parsers that know the answer, to check the scoring itself (`--stand-in exact` must
// score 1.00 everywhere; `--stand-in perturbed` must score lower on exactly the fields it
// damages, and 1.00 on those it only reformats).
import type { JsonResume } from '../../core/resume/json-resume.ts';

export type ParseOutcome = { ok: true; resume: JsonResume; warnings: unknown[] } | { ok: false; reason: string; message: string };
export type ParseResume = (bytes: Buffer, fileName: string) => Promise<ParseOutcome>;

export const standIns = ['exact', 'perturbed'] as const;
export type StandIn = (typeof standIns)[number];

export function standInParser(kind: StandIn, expected: JsonResume): ParseResume {
  const resume = kind === 'exact' ? structuredClone(expected) : perturb(expected);
  return async () => ({ ok: true, resume, warnings: [] });
}

/**
 * Reformats what the scoring must forgive (case, url scheme and "www.", phone punctuation) and
 * damages what it must catch (a company, a shifted date, a lost bullet, an invented skill).
 */
function perturb(expected: JsonResume): JsonResume {
  const r = structuredClone(expected);
  r.basics.name = r.basics.name?.toUpperCase(); // forgiven
  r.basics.phone = r.basics.phone?.replace(/[^\d+]/g, ''); // forgiven
  r.basics.url = r.basics.url?.replace(/^https?:\/\//, 'HTTP://www.'); // forgiven
  r.basics.email = undefined; // a miss
  const [first, second] = r.work;
  if (first) first.name = `${first.name} Group International`; // a wrong company
  if (first?.startDate) first.startDate = shiftMonth(first.startDate); // a wrong date
  if (second) second.highlights = second.highlights.slice(1); // a lost bullet
  if (second?.highlights[0]) second.highlights[0] = second.highlights[0].replace(/ /, '  ').replace(/-/, '- '); // forgiven: extraction noise
  r.skills.push({ name: 'Other', keywords: ['Microsoft Office'] }); // an invented skill
  r.education.forEach((e) => (e.studyType = e.studyType?.toLowerCase())); // forgiven
  return r;
}

function shiftMonth(date: string): string {
  const [year, month] = date.split('-').map(Number);
  if (month === undefined) return String(year! + 1);
  return month === 12 ? `${year! + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

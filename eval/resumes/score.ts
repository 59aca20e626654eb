// Field-level scores of a parsed resume against the expected one, as true positive, false
// positive and false negative counts (summed over files before precision/recall/F1, so a
// resume with ten bullets weighs more than one with two).
//
// Matching rules, chosen so that a value a recruiter would call "the same" counts:
//   - text is compared case-folded with whitespace collapsed; diacritics count ("Zoe" ≠ "Zoë"
//     only by one edit, which passes the similarity threshold on long strings, not short ones);
//   - list items pair one to one, best pair first, at a Levenshtein ratio ≥ 0.9 for short
//     strings (companies, titles, schools, degrees, skills) and ≥ 0.85 for bullets, whose
//     extraction tends to lose a hyphen or a space at a line break; urls must be equal after
//     normalisation (lowercase, no scheme, no "www.", no trailing slash) and are a set;
//   - scalars (name, email, phone) must be equal: phones by digits only, so "+49 30 123" and
//     "+49 (30) 123" agree; a wrong value is both a false positive and a false negative;
//   - dates (start and end, "YYYY-MM" or "YYYY", no end = "present") are compared within
//     matched entries: work entries pair by company and title (mean similarity ≥ 0.7, or the
//     company alone when either side has no title), education entries by institution (≥ 0.7),
//     where a name containing the other counts at least 0.9 (so "Universidade do Porto" for
//     "Universidade do Porto, Faculdade de Economia" costs the schools field, not the dates
//     too); the dates of an entry that pairs with nothing are all missed (or all extra);
//   - bullets (work highlights) are matched across the whole resume, not per role, so a
//     bullet put under the wrong role still counts (the role's dates and title will not).
import type { EducationEntry, JsonResume, WorkEntry } from '../../core/resume/json-resume.ts';
import { matchGreedy, normalise, ratio, textSimilarity } from './similarity.ts';

export const FIELDS = ['name', 'email', 'phone', 'urls', 'companies', 'titles', 'dates', 'schools', 'degrees', 'skills', 'bullets'] as const;
export type Field = (typeof FIELDS)[number];

export const THRESHOLDS = { short: 0.9, bullet: 0.85, entry: 0.7 } as const;

export type Counts = { tp: number; fp: number; fn: number };
/** What went wrong, for --verbose: a miss has `expected`, an extra has `got`, a wrong value both. */
export type Miss = { expected?: string; got?: string; where?: string };
export type FieldScore = Counts & { misses: Miss[] };
export type ResumeScore = Record<Field, FieldScore>;

export function scoreResume(expected: JsonResume, got: JsonResume): ResumeScore {
  const e = expected.basics;
  const g = got.basics;
  return {
    name: scalar(e.name, g.name, normalise),
    email: scalar(e.email, g.email, normalise),
    phone: scalar(e.phone, g.phone, (p) => p.replace(/\D/g, '')),
    urls: list(urls(expected), urls(got), 1),
    companies: list(expected.work.map((w) => w.name), got.work.map((w) => w.name), THRESHOLDS.short),
    titles: list(positions(expected.work), positions(got.work), THRESHOLDS.short),
    dates: dates(expected, got),
    schools: list(expected.education.map((x) => x.institution), got.education.map((x) => x.institution), THRESHOLDS.short),
    degrees: list(studyTypes(expected.education), studyTypes(got.education), THRESHOLDS.short),
    skills: list(skills(expected), skills(got), THRESHOLDS.short),
    bullets: list(expected.work.flatMap((w) => w.highlights), got.work.flatMap((w) => w.highlights), THRESHOLDS.bullet),
  };
}

const present = (x: string | undefined): x is string => x !== undefined && x.trim() !== '';
const positions = (work: WorkEntry[]) => work.map((w) => w.position).filter(present);
const studyTypes = (education: EducationEntry[]) => education.map((x) => x.studyType).filter(present);

export function normaliseUrl(url: string): string {
  return url.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}

function urls(r: JsonResume): string[] {
  return unique([r.basics.url, ...r.basics.profiles.map((p) => p.url)].filter(present).map(normaliseUrl));
}

/** Skill keywords, case-insensitively de-duplicated (the categories they are filed under do not count). */
function skills(r: JsonResume): string[] {
  return unique(r.skills.flatMap((s) => s.keywords).filter(present), normalise);
}

function unique(items: string[], key: (s: string) => string = (s) => s): string[] {
  const byKey = new Map<string, string>();
  for (const item of items) if (!byKey.has(key(item))) byKey.set(key(item), item);
  return [...byKey.values()];
}

function scalar(expected: string | undefined, got: string | undefined, key: (s: string) => string): FieldScore {
  const e = present(expected) ? key(expected) : '';
  const g = present(got) ? key(got) : '';
  if (e === '' && g === '') return { tp: 0, fp: 0, fn: 0, misses: [] };
  if (e === g) return { tp: 1, fp: 0, fn: 0, misses: [] };
  return { tp: 0, fp: g === '' ? 0 : 1, fn: e === '' ? 0 : 1, misses: [{ expected, got }] };
}

function list(expected: string[], got: string[], threshold: number): FieldScore {
  const e = expected.filter(present);
  const g = got.filter(present);
  const matches = matchGreedy(e, g, textSimilarity(threshold), threshold);
  const matchedE = new Set(matches.map((m) => m.expected));
  const matchedG = new Set(matches.map((m) => m.got));
  const misses: Miss[] = [
    ...e.filter((_, i) => !matchedE.has(i)).map((expected) => ({ expected })),
    ...g.filter((_, j) => !matchedG.has(j)).map((got) => ({ got })),
  ];
  return { tp: matches.length, fp: g.length - matches.length, fn: e.length - matches.length, misses };
}

type Dated = { label: string; startDate?: string; endDate?: string };

/** The date slots an entry has: its start, and its end ("present" when it started and has not ended). */
function slots(d: Dated): Map<'start' | 'end', string> {
  const result = new Map<'start' | 'end', string>();
  if (present(d.startDate)) result.set('start', d.startDate);
  if (present(d.endDate)) result.set('end', d.endDate);
  else if (present(d.startDate)) result.set('end', 'present');
  return result;
}

function compareDates(e: Dated | undefined, g: Dated | undefined): FieldScore {
  const es = e ? slots(e) : new Map<'start' | 'end', string>();
  const gs = g ? slots(g) : new Map<'start' | 'end', string>();
  const score: FieldScore = { tp: 0, fp: 0, fn: 0, misses: [] };
  for (const slot of ['start', 'end'] as const) {
    const [ev, gv] = [es.get(slot), gs.get(slot)];
    if (ev === gv) score.tp += ev === undefined ? 0 : 1;
    else {
      score.fn += ev === undefined ? 0 : 1;
      score.fp += gv === undefined ? 0 : 1;
      score.misses.push({ where: `${(e ?? g)!.label} ${slot}`, expected: ev, got: gv });
    }
  }
  return score;
}

/** Compares the dates of paired entries; unpaired entries' dates are all missed or all extra. */
function datesOf<T extends Dated>(expected: T[], got: T[], similarity: (e: T, g: T) => number): FieldScore {
  const matches = matchGreedy(expected, got, similarity, THRESHOLDS.entry);
  const pairs: Array<[T | undefined, T | undefined]> = [
    ...matches.map((m): [T, T] => [expected[m.expected]!, got[m.got]!]),
    ...expected.filter((_, i) => !matches.some((m) => m.expected === i)).map((e): [T, undefined] => [e, undefined]),
    ...got.filter((_, j) => !matches.some((m) => m.got === j)).map((g): [undefined, T] => [undefined, g]),
  ];
  return sum(pairs.map(([e, g]) => compareDates(e, g)));
}

/** How alike two entry names are, for pairing entries only: containment counts as close. */
function similar(a: string, b: string): number {
  const [x, y] = [normalise(a), normalise(b)];
  const contained = x !== '' && y !== '' && (x.includes(y) || y.includes(x));
  return contained ? Math.max(0.9, ratio(x, y)) : ratio(x, y);
}

function dates(expected: JsonResume, got: JsonResume): FieldScore {
  const label = (parts: Array<string | undefined>) => parts.filter(present).join(' at ') || '(unnamed entry)';
  const work = (r: JsonResume) => r.work.map((w) => ({ ...w, label: label([w.position, w.name]) }));
  const education = (r: JsonResume) => r.education.map((x) => ({ ...x, label: label([x.institution]) }));
  const workSimilarity = (e: WorkEntry, g: WorkEntry) =>
    present(e.position) && present(g.position) ? (similar(e.name, g.name) + similar(e.position, g.position)) / 2 : similar(e.name, g.name);
  return sum([
    datesOf(work(expected), work(got), workSimilarity),
    datesOf(education(expected), education(got), (e, g) => similar(e.institution, g.institution)),
  ]);
}

export function sum(scores: FieldScore[]): FieldScore {
  return scores.reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, misses: [...a.misses, ...b.misses] }), { tp: 0, fp: 0, fn: 0, misses: [] });
}

/** Precision, recall and F1 of summed counts; undefined where there was nothing to count. */
export function rates(c: Counts): { precision?: number; recall?: number; f1?: number } {
  return {
    precision: c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : undefined,
    recall: c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : undefined,
    f1: c.tp + c.fp + c.fn > 0 ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : undefined,
  };
}

// The text of each resume part, shared by every layout so that layouts differ only in placement
// (and the scores compare layouts, not wordings).
import type { EducationEntry, JsonResume, WorkEntry } from '../../../core/resume/json-resume.ts';
import { dateRange, singleDate } from './style.ts';

type Project = JsonResume['projects'][number];

/** The contact items in the order resumes usually list them; URLs are shown without a scheme, as people write them. */
export function contactItems(resume: JsonResume): string[] {
  const b = resume.basics;
  const location = [b.location?.city, b.location?.region, b.location?.countryCode].filter(Boolean).join(', ');
  const urls = [b.url, ...b.profiles.map((p) => p.url)].filter((u): u is string => Boolean(u)).map(displayUrl);
  return [b.email, b.phone, location, ...urls].filter((x): x is string => Boolean(x));
}

export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** "Acme GmbH, Berlin": the employer with its location, as the line under the title. */
function companyLine(w: WorkEntry): string {
  return w.location ? `${w.name}, ${w.location}` : w.name;
}

/** "BSc in Computer Science" or "BSc, Computer Science" (alternating by person), plus the grade. */
function degreeLine(index: number, e: EducationEntry): string {
  const joiner = index % 2 === 0 ? ' in ' : ', ';
  const degree = [e.studyType, e.area].filter(Boolean).join(joiner);
  return e.score ? `${degree} (${e.score})` : degree;
}

export function skillLines(resume: JsonResume): string[] {
  return resume.skills.map((s) => (s.keywords.length > 0 ? `${s.name}: ${s.keywords.join(', ')}` : s.name));
}

export function certificateLines(resume: JsonResume, index: number): string[] {
  return resume.certificates.map((c) => [c.name, c.issuer, c.date && singleDate(index, c.date)].filter(Boolean).join(' — '));
}

export function languageLines(resume: JsonResume): string[] {
  return resume.languages.map((l) => (l.fluency ? `${l.language} (${l.fluency})` : l.language));
}

function projectTitle(p: Project): string {
  return p.url ? `${p.name} — ${displayUrl(p.url)}` : p.name;
}

/** A role, a degree or a project, before a layout places it. */
export type Entry = { title: string; subtitle: string; dates: string; summary?: string; bullets: string[] };

export function workEntries(resume: JsonResume, index: number): Entry[] {
  return resume.work.map((w) => ({
    // Without a position the employer becomes the title line, as people write it.
    title: w.position ?? w.name,
    subtitle: w.position ? companyLine(w) : (w.location ?? ''),
    dates: dateRange(index, w.startDate, w.endDate),
    summary: w.summary,
    bullets: w.highlights,
  }));
}

export function educationEntries(resume: JsonResume, index: number): Entry[] {
  return resume.education.map((e) => ({ title: e.institution, subtitle: degreeLine(index, e), dates: dateRange(index, e.startDate, e.endDate), bullets: [] }));
}

export function projectEntries(resume: JsonResume): Entry[] {
  return resume.projects.map((p) => ({ title: projectTitle(p), subtitle: p.description ?? '', dates: '', bullets: p.highlights }));
}

/** "Zoë_Müller_Resume-pdf-one-column.pdf": a plausible upload name that is unique per layout. */
export function fileNameFor(resume: JsonResume, layout: string, extension: string): string {
  // Accented names stay (uploads keep them); only characters file systems or shells dislike go.
  const name = (resume.basics.name ?? 'Resume').replace(/[\\/:*?"<>|']/g, '').trim().replace(/\s+/g, '_');
  return `${name}_Resume-${layout}.${extension}`;
}

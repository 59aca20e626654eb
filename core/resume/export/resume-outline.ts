// What a resume export shows, in order, already worded: both renderers only lay this out, so
// the section rules (which sections, what each line says, skipping empty ones) live once, here.
import type { EducationEntry, JsonResume, WorkEntry } from '../json-resume.ts';
import { clean, contactLine, dateRange, displayDate, joinParts } from './resume-lines.ts';

/** The standard headings ATS parsers look for. */
export type SectionTitle = 'Summary' | 'Experience' | 'Education' | 'Skills' | 'Projects' | 'Certifications' | 'Languages';

export interface OutlineEntry {
  /** Bold first line: "Position — Employer", a degree, a project. */
  title?: string;
  /** A quieter line under the title: location and dates, a URL. */
  meta?: string;
  /** Plain paragraphs: a summary, a description, "Group: a, b, c". */
  lines: string[];
  bullets: string[];
}

export interface OutlineSection {
  title: SectionTitle;
  entries: OutlineEntry[];
}

export interface ResumeOutline {
  name: string;
  headline: string;
  contact: string;
  sections: OutlineSection[];
}

export function outlineResume(resume: JsonResume): ResumeOutline {
  const { basics } = resume;
  const sections: OutlineSection[] = [
    { title: 'Summary', entries: [entry({ lines: paragraphs(basics.summary) })] },
    { title: 'Experience', entries: resume.work.map(workEntry) },
    { title: 'Education', entries: resume.education.map(educationEntry) },
    { title: 'Skills', entries: [entry({ lines: resume.skills.map((s) => joinParts([s.name, s.keywords.map(clean).filter(Boolean).join(', ')], ': ')) })] },
    {
      title: 'Projects',
      entries: resume.projects.map((p) => entry({ title: p.name, meta: p.url, lines: paragraphs(p.description), bullets: p.highlights })),
    },
    {
      title: 'Certifications',
      entries: [entry({ lines: resume.certificates.map((c) => joinParts([c.name, joinParts([c.issuer, c.date && displayDate(c.date)], ', ')], ' — ')) })],
    },
    { title: 'Languages', entries: [entry({ lines: resume.languages.map((l) => joinParts([l.language, l.fluency], ': ')) })] },
  ];
  return {
    name: clean(basics.name),
    headline: clean(basics.label),
    contact: contactLine(basics),
    // An empty section would be a heading over nothing: drop it, and entries with nothing in them.
    sections: sections
      .map((s) => ({ ...s, entries: s.entries.filter((e) => e.title || e.meta || e.lines.length || e.bullets.length) }))
      .filter((s) => s.entries.length > 0),
  };
}

function workEntry(work: WorkEntry): OutlineEntry {
  return entry({
    title: joinParts([work.position, work.name], ' — '),
    meta: joinParts([work.location, dateRange(work.startDate, work.endDate)]),
    lines: paragraphs(work.summary),
    bullets: work.highlights,
  });
}

function educationEntry(study: EducationEntry): OutlineEntry {
  return entry({
    // "MSc in Computer Science — TU Berlin"
    title: joinParts([joinParts([study.studyType, study.area], ' in '), study.institution], ' — '),
    meta: joinParts([dateRange(study.startDate, study.endDate), study.score && `Score: ${clean(study.score)}`]),
    lines: [],
    bullets: [],
  });
}

/** Cleans every field and drops empty lines and bullets. */
function entry(raw: { title?: string; meta?: string; lines?: readonly string[]; bullets?: readonly string[] }): OutlineEntry {
  const title = clean(raw.title);
  const meta = clean(raw.meta);
  return {
    ...(title && { title }),
    ...(meta && { meta }),
    lines: (raw.lines ?? []).map(clean).filter(Boolean),
    bullets: (raw.bullets ?? []).map(clean).filter(Boolean),
  };
}

/** Blank lines separate paragraphs in a summary; single newlines are just wrapping. */
function paragraphs(text: string | undefined): string[] {
  return (text ?? '').split(/\n\s*\n/);
}

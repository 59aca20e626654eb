// The resume sections as PDF text, written into whatever Column a layout gives them. Layouts
// differ in where columns are and in how one dated entry (a role, a degree) is placed.
import type { JsonResume } from '../../../core/resume/json-resume.ts';
import { certificateLines, contactItems, educationEntries, languageLines, projectEntries, skillLines, workEntries, type Entry } from './content.ts';
import { body, type Column } from './pdf-common.ts';
import { heading, type Section } from './style.ts';

export type PlaceEntry = (col: Column, entry: Entry) => void;

/** The usual placement: bold title with the dates right-aligned on its line, then the rest. */
export const placeStacked: PlaceEntry = (col, entry) => {
  col.titleWithDates(entry.title, entry.dates);
  placeBody(col, entry, 0);
};

/** Everything under the title line, `dx` in from the column's edge. */
export function placeBody(col: Column, entry: Entry, dx: number): void {
  col.text(entry.subtitle, body, 2, dx);
  if (entry.summary) col.text(entry.summary, body, 2, dx);
  for (const b of entry.bullets) col.bullet(b, dx);
  col.space(6);
}

export type SectionOptions = { index: number; dx?: number; place?: PlaceEntry; headingFont?: Parameters<Column['heading']>[1] };

function titled(col: Column, section: Section, o: SectionOptions, lines: string[]): void {
  if (lines.length === 0) return;
  col.heading(heading(o.index, section), o.headingFont);
  for (const line of lines) col.text(line, body, 3, o.dx ?? 0);
}

function entries(col: Column, section: Section, o: SectionOptions, list: Entry[]): void {
  if (list.length === 0) return;
  col.heading(heading(o.index, section), o.headingFont);
  for (const e of list) (o.place ?? placeStacked)(col, e);
}

export const sections = {
  header(col: Column, resume: JsonResume): void {
    col.text(resume.basics.name ?? '', { name: 'Helvetica-Bold', size: 22 }, 4);
    if (resume.basics.label) col.text(resume.basics.label, { name: 'Helvetica', size: 12 }, 4);
  },
  contactLine(col: Column, resume: JsonResume, separator: string): void {
    col.text(contactItems(resume).join(separator), { name: 'Helvetica', size: 9 }, 4);
  },
  contactList(col: Column, resume: JsonResume, o: SectionOptions): void {
    titled(col, 'contact', o, contactItems(resume));
  },
  summary: (col: Column, resume: JsonResume, o: SectionOptions) => titled(col, 'summary', o, resume.basics.summary ? [resume.basics.summary] : []),
  work: (col: Column, resume: JsonResume, o: SectionOptions) => entries(col, 'work', o, workEntries(resume, o.index)),
  education: (col: Column, resume: JsonResume, o: SectionOptions) => entries(col, 'education', o, educationEntries(resume, o.index)),
  projects: (col: Column, resume: JsonResume, o: SectionOptions) => entries(col, 'projects', o, projectEntries(resume)),
  skills: (col: Column, resume: JsonResume, o: SectionOptions) => titled(col, 'skills', o, skillLines(resume)),
  certificates: (col: Column, resume: JsonResume, o: SectionOptions) => titled(col, 'certificates', o, certificateLines(resume, o.index)),
  languages: (col: Column, resume: JsonResume, o: SectionOptions) => titled(col, 'languages', o, languageLines(resume)),
};

// A narrow date column on the left and the entries to its right, the dates on the same
// baseline as the role title: text extraction sees "Jan 2020 – Present Senior Engineer"
// (or the date on its own line), not the usual "title ... dates".
import type { JsonResume } from '../../../core/resume/json-resume.ts';
import { body, bold, Column, newDocument, PAGE, toBuffer } from './pdf-common.ts';
import { placeBody, sections, type PlaceEntry } from './pdf-sections.ts';

// Long formats ("September 2019 — December 2022") wrap onto a second line beside the company
// line, as they do in real templates.
const DATE_WIDTH = 88;
const CONTENT_DX = 100; // entries start at x = 150

const placeDatesLeft: PlaceEntry = (col, entry) => {
  // Same font size for both cells, so the date and the title share a baseline.
  col.row([
    { text: entry.dates, font: body, width: DATE_WIDTH, float: true },
    { text: entry.title, font: bold, dx: CONTENT_DX },
  ]);
  placeBody(col, entry, CONTENT_DX);
};

export async function renderPdfDatesLeft(resume: JsonResume, index: number): Promise<Buffer> {
  const doc = newDocument(`${resume.basics.name ?? ''} resume`);
  const col = new Column(doc, PAGE.margin, PAGE.width - 2 * PAGE.margin, PAGE.margin);
  const o = { index, dx: CONTENT_DX, place: placeDatesLeft };
  sections.header(col, resume);
  sections.contactLine(col, resume, ' / ');
  sections.summary(col, resume, o);
  sections.work(col, resume, o);
  sections.education(col, resume, o);
  sections.projects(col, resume, o);
  sections.skills(col, resume, o);
  sections.certificates(col, resume, o);
  sections.languages(col, resume, o);
  return toBuffer(doc);
}

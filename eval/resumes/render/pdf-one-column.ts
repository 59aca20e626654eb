// One column, top to bottom: the layout most parsers are written for.
import type { JsonResume } from '../../../core/resume/json-resume.ts';
import { Column, newDocument, PAGE, toBuffer } from './pdf-common.ts';
import { sections } from './pdf-sections.ts';

export async function renderPdfOneColumn(resume: JsonResume, index: number): Promise<Buffer> {
  const doc = newDocument(`${resume.basics.name ?? ''} resume`);
  const col = new Column(doc, PAGE.margin, PAGE.width - 2 * PAGE.margin, PAGE.margin);
  const o = { index };
  sections.header(col, resume);
  sections.contactLine(col, resume, index % 2 === 0 ? '  |  ' : ' · ');
  sections.summary(col, resume, o);
  sections.work(col, resume, o);
  sections.education(col, resume, o);
  sections.skills(col, resume, o);
  sections.projects(col, resume, o);
  sections.certificates(col, resume, o);
  sections.languages(col, resume, o);
  return toBuffer(doc);
}

// A sidebar (contact, skills, languages, certificates, education) beside the main column
// (summary, experience, projects), both starting under the name. The columns overlap
// vertically, so reading the page line by line across its width interleaves them.
import type { JsonResume } from '../../../core/resume/json-resume.ts';
import { body, bold, Column, newDocument, PAGE, small, toBuffer, type Font } from './pdf-common.ts';
import { sections, type PlaceEntry } from './pdf-sections.ts';

const SIDEBAR = { x: 40, width: 160 };
const MAIN = { x: 225, width: PAGE.width - 225 - 40 };
const sidebarHeading: Font = { name: 'Helvetica-Bold', size: 11 };

// The sidebar is too narrow for dates beside the title, so everything stacks.
const placeSidebar: PlaceEntry = (col, entry) => {
  col.text(entry.title, bold);
  col.text(entry.subtitle, body);
  col.text(entry.dates, small);
  col.space(6);
};

export async function renderPdfTwoColumn(resume: JsonResume, index: number): Promise<Buffer> {
  const doc = newDocument(`${resume.basics.name ?? ''} resume`);
  const header = new Column(doc, SIDEBAR.x, PAGE.width - 2 * SIDEBAR.x, PAGE.margin);
  sections.header(header, resume);
  const top = header.y + 10;
  doc.rect(0, top - 6, SIDEBAR.x + SIDEBAR.width + 12, PAGE.height - top + 6).fill('#eef1f4').fillColor('black');

  // Both columns start on this page (made before either can add one). The sidebar is drawn
  // first, as most templates emit it; the main column then goes back up.
  const side = new Column(doc, SIDEBAR.x, SIDEBAR.width, top);
  const main = new Column(doc, MAIN.x, MAIN.width, top);
  const so = { index, place: placeSidebar, headingFont: sidebarHeading };
  sections.contactList(side, resume, so);
  sections.skills(side, resume, so);
  sections.languages(side, resume, so);
  sections.certificates(side, resume, so);
  sections.education(side, resume, so);

  const mo = { index };
  sections.summary(main, resume, mo);
  sections.work(main, resume, mo);
  sections.projects(main, resume, mo);
  return toBuffer(doc);
}

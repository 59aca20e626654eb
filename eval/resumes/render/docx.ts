// A Word document as Word users make one: real heading styles, the dates on the title's line
// after a right tab stop, and list bullets (numbering, not a "•" character in the text).
import { Document, HeadingLevel, Packer, Paragraph, Tab, TabStopPosition, TabStopType, TextRun } from 'docx';
import type { JsonResume } from '../../../core/resume/json-resume.ts';
import { certificateLines, contactItems, educationEntries, languageLines, projectEntries, skillLines, workEntries, type Entry } from './content.ts';
import { heading, type Section } from './style.ts';

const rightTab = [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }];

function entryParagraphs(e: Entry): Paragraph[] {
  const title = new Paragraph({
    tabStops: rightTab,
    children: [new TextRun({ text: e.title, bold: true }), ...(e.dates ? [new TextRun({ children: [new Tab(), e.dates] })] : [])],
  });
  const lines = [e.subtitle, e.summary].filter((x): x is string => Boolean(x)).map((text) => new Paragraph({ text }));
  const bullets = e.bullets.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
  return [title, ...lines, ...bullets];
}

function section(index: number, name: Section, body: Paragraph[]): Paragraph[] {
  return body.length === 0 ? [] : [new Paragraph({ text: heading(index, name), heading: HeadingLevel.HEADING_1 }), ...body];
}

const lines = (texts: string[]) => texts.map((text) => new Paragraph({ text }));

export async function renderDocx(resume: JsonResume, index: number): Promise<Buffer> {
  const b = resume.basics;
  const children = [
    new Paragraph({ text: b.name ?? '', heading: HeadingLevel.TITLE }),
    ...lines(b.label ? [b.label] : []),
    ...lines([contactItems(resume).join(' | ')]),
    ...section(index, 'summary', lines(b.summary ? [b.summary] : [])),
    ...section(index, 'work', workEntries(resume, index).flatMap(entryParagraphs)),
    ...section(index, 'education', educationEntries(resume, index).flatMap(entryParagraphs)),
    ...section(index, 'skills', lines(skillLines(resume))),
    ...section(index, 'projects', projectEntries(resume).flatMap(entryParagraphs)),
    ...section(index, 'certificates', lines(certificateLines(resume, index))),
    ...section(index, 'languages', lines(languageLines(resume))),
  ];
  const doc = new Document({ creator: b.name ?? '', title: `${b.name ?? ''} resume`, sections: [{ children }] });
  return Packer.toBuffer(doc);
}

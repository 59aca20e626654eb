// A resume as DOCX, for ATS parsers as much as people: one column of plain paragraphs, the
// standard section headings as Word's Heading 1, highlights as a real Word bulleted list. No
// tables, text boxes, images or columns, which parsers read out of order or not at all.
import { Document, HeadingLevel, Packer, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import type { JsonResume } from '../json-resume.ts';
import { bulletList, docxNumbering, docxStyles, halfPoints, twips } from './docx-styles.ts';
import { metaColor, page, type } from './layout.ts';
import { outlineResume, type OutlineEntry, type OutlineSection } from './resume-outline.ts';

export async function renderResumeDocx(resume: JsonResume): Promise<Buffer> {
  const outline = outlineResume(resume);
  const header: IParagraphOptions[] = [
    ...(outline.name ? [{ heading: HeadingLevel.TITLE, children: [new TextRun(outline.name)] }] : []),
    ...(outline.headline ? [{ children: [new TextRun({ text: outline.headline, size: halfPoints(type.headline) })] }] : []),
    ...(outline.contact ? [meta(outline.contact)] : []),
  ];
  const doc = new Document({
    title: outline.name ? `${outline.name} — Resume` : 'Resume',
    creator: 'IntervAI',
    styles: docxStyles,
    numbering: docxNumbering,
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(page.width), height: twips(page.height) },
            margin: { top: twips(page.margin), right: twips(page.margin), bottom: twips(page.margin), left: twips(page.margin) },
          },
        },
        children: [...header, ...outline.sections.flatMap(section)].map((options) => new Paragraph(options)),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function section({ title, entries }: OutlineSection): IParagraphOptions[] {
  return [{ heading: HeadingLevel.HEADING_1, children: [new TextRun(title)] }, ...entries.flatMap((e, i) => entry(e, i > 0))];
}

function entry(entry: OutlineEntry, spaced: boolean): IParagraphOptions[] {
  const paragraphs: IParagraphOptions[] = [
    // keepNext: an entry's title and dates stay on the page with what follows them.
    ...(entry.title ? [{ keepNext: true, children: [new TextRun({ text: entry.title, bold: true })] }] : []),
    ...(entry.meta ? [meta(entry.meta)] : []),
    ...entry.lines.map((line) => ({ children: [new TextRun(line)] })),
    ...entry.bullets.map((bullet) => ({ numbering: { reference: bulletList, level: 0 }, children: [new TextRun(bullet)] })),
  ];
  const [first, ...rest] = paragraphs;
  // Room between entries goes above an entry's first paragraph, not into empty paragraphs.
  return spaced && first ? [{ ...first, spacing: { before: twips(type.body * 0.6) } }, ...rest] : paragraphs;
}

function meta(text: string): IParagraphOptions {
  return { keepNext: true, children: [new TextRun({ text, size: halfPoints(type.meta), color: metaColor })] };
}

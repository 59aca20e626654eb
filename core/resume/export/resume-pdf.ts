// A resume as PDF, for ATS parsers as much as people: one column of real, selectable text in
// reading order, standard section headings, "•" bullets as text. pdfkit flows the text and
// breaks pages; nothing is placed at a fixed height.
import PDFDocument from 'pdfkit';
import type { JsonResume } from '../json-resume.ts';
import { metaColor, page, type } from './layout.ts';
import { pdfFonts, type PdfFonts } from './pdf-fonts.ts';
import { outlineResume, type OutlineEntry, type OutlineSection } from './resume-outline.ts';

const width = page.width - 2 * page.margin;
const left = page.margin;

export async function renderResumePdf(resume: JsonResume): Promise<Buffer> {
  const outline = outlineResume(resume);
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: page.margin,
    // A fixed date (and so a fixed file ID): the same resume gives the same bytes.
    // Metadata strings are UTF-16 in any font, so they need no folding.
    info: { Title: joinTitle(outline.name), Author: outline.name || 'IntervAI', Creator: 'IntervAI', Producer: 'IntervAI', CreationDate: new Date(0) },
    displayTitle: true,
  });
  const done = collect(doc);
  const write = writer(doc, fonts);

  if (outline.name) write(outline.name, { font: 'bold', size: type.name });
  if (outline.headline) write(outline.headline, { size: type.headline });
  if (outline.contact) write(outline.contact, { size: type.meta, color: metaColor });
  for (const section of outline.sections) renderSection(doc, write, section);

  doc.end();
  return done;
}

function renderSection(doc: PDFKit.PDFDocument, write: Write, section: OutlineSection): void {
  // Keep a heading with at least its first few lines rather than alone at a page's foot.
  keepSpace(doc, type.heading * 5);
  doc.moveDown(0.8);
  write(section.title, { font: 'bold', size: type.heading });
  // A rule under the heading: a drawn line, not text, so parsers never see it.
  doc.moveTo(left, doc.y).lineTo(left + width, doc.y).lineWidth(0.5).strokeColor('#999999').stroke();
  doc.moveDown(0.3);
  section.entries.forEach((entry, i) => {
    if (i > 0) doc.moveDown(0.5);
    renderEntry(doc, write, entry);
  });
}

function renderEntry(doc: PDFKit.PDFDocument, write: Write, entry: OutlineEntry): void {
  if (entry.title) {
    keepSpace(doc, type.body * 3);
    write(entry.title, { font: 'bold' });
  }
  if (entry.meta) write(entry.meta, { size: type.meta, color: metaColor });
  for (const line of entry.lines) write(line);
  for (const bullet of entry.bullets) write(bullet, { bullet: true });
}

interface WriteOptions {
  font?: 'regular' | 'bold';
  size?: number;
  color?: string;
  /** "• " then the text, later lines indented to the text (a hanging indent). */
  bullet?: boolean;
}
type Write = (text: string, options?: WriteOptions) => void;

/** One paragraph at the left margin, flowed by pdfkit across the full width and onto new pages. */
function writer(doc: PDFKit.PDFDocument, fonts: PdfFonts): Write {
  return (text, { font = 'regular', size = type.body, color = '000000', bullet = false } = {}) => {
    doc.font(fonts[font]).fontSize(size).fillColor(`#${color}`);
    const body = fonts.safe(text);
    if (!bullet) {
      doc.text(body, left, undefined, { width });
      return;
    }
    const marker = '• ';
    // A negative first-line indent pulls the marker out to the margin; the rest aligns after it.
    const hang = doc.widthOfString(marker);
    doc.text(marker + body, left + hang, undefined, { width: width - hang, indent: -hang });
  };
}

/** Starts a new page when less than `height` points are left on this one. */
function keepSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.maxY()) doc.addPage();
}

function joinTitle(name: string): string {
  return name ? `${name} — Resume` : 'Resume';
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

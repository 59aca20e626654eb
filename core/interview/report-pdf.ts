// /export report: the last interview report as a PDF, chart included.
import PDFDocument from 'pdfkit';
import { pdfFonts } from '../resume/export/pdf-fonts.ts';

export async function renderReportPdf(lines: string[], chartPng: Buffer | undefined): Promise<Buffer> {
  const fonts = pdfFonts();
  const doc = new PDFDocument({ size: 'LETTER', margin: 54, info: { Title: 'IntervAI interview report', CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 108;
  lines.forEach((line, i) => {
    const bold = /^\*\*.*\*\*/.test(line);
    // Markdown marks are for chats; the PDF shows bold lines in the bold face instead.
    const text = fonts.safe(line.replace(/\*\*|(^|\s)_|_($|\s)/g, (m) => m.replace(/[*_]/g, '')));
    doc.font(bold ? fonts.bold : fonts.regular).fontSize(i === 0 ? 14 : 11).text(text || ' ', { width });
    if (i === 0 && chartPng) {
      doc.moveDown(0.5);
      doc.image(chartPng, { width: Math.min(width, 480) });
      doc.moveDown(0.5);
    }
  });
  doc.end();
  return done;
}

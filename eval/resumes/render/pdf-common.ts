// Shared PDF plumbing: a deterministic document, its bytes, and a Column that places text at
// explicit coordinates and moves to the next page itself. Explicit coordinates are what make
// the layouts realistic (dates on the title's baseline, columns side by side); pdfkit's own
// page flow would break those rows apart mid-entry.
import PDFDocument from 'pdfkit';

export type Font = { name: 'Helvetica' | 'Helvetica-Bold'; size: number };

export const body: Font = { name: 'Helvetica', size: 10 };
export const bold: Font = { name: 'Helvetica-Bold', size: 10 };
export const small: Font = { name: 'Helvetica', size: 9 };

export const PAGE = { width: 612, height: 792, margin: 50 }; // US Letter, points

export function newDocument(title: string): PDFKit.PDFDocument {
  // bufferPages lets the two-column layout go back to page 1 for the sidebar; the fixed
  // CreationDate makes the bytes (and the trailer ID derived from it) the same on every run.
  return new PDFDocument({ size: 'LETTER', margin: PAGE.margin, bufferPages: true, info: { Title: title, CreationDate: new Date(0) } });
}

export function toBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.end();
  return done;
}

// The standard fonts only encode Windows-1252 (WinAnsi); anything else would come out as the
// wrong glyph and the expected text could never be matched, so say so instead of scoring it.
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
export function unencodable(text: string): string[] {
  return [...new Set([...text].filter((c) => c.charCodeAt(0) > 0xff && !winAnsiExtras.has(c)))];
}

/**
 * One piece of text within a row, at `dx` from the column's left edge. A `float` cell (a date
 * wrapped onto two lines in a narrow column) does not push the next row down: the rows beside
 * it continue, and only the next `space()` clears it.
 */
export type Cell = { text: string; font: Font; dx?: number; width?: number; align?: 'left' | 'right'; float?: boolean };

export class Column {
  private page: number;
  private floatBottom = 0;
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly x: number,
    readonly width: number,
    public y: number,
  ) {
    this.page = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
  }

  /**
   * Draws cells side by side starting on the same y, so text of the same size shares a
   * baseline; then moves below the tallest. `keep` reserves extra room so that a heading is
   * not left alone at the bottom of a page.
   */
  row(cells: Cell[], gap = 2, keep = 0): void {
    const placed = cells.filter((c) => c.text !== '').map((c) => {
      const width = c.width ?? this.width - (c.dx ?? 0);
      return { ...c, width, height: this.measure(c, width) };
    });
    if (placed.length === 0) return;
    const height = Math.max(0, ...placed.filter((c) => !c.float).map((c) => c.height));
    this.fit(Math.max(...placed.map((c) => c.height)) + keep);
    for (const c of placed) {
      this.doc.font(c.font.name).fontSize(c.font.size).text(c.text, this.x + (c.dx ?? 0), this.y, { width: c.width, align: c.align ?? 'left' });
      if (c.float) this.floatBottom = Math.max(this.floatBottom, this.y + c.height);
    }
    this.y += height + gap;
  }

  text(text: string, font: Font = body, gap = 2, dx = 0): void {
    this.row([{ text, font, dx }], gap);
  }

  /** A title on the left and its dates right-aligned on the same line. */
  titleWithDates(title: string, dates: string, font: Font = bold): void {
    const dateWidth = dates === '' ? 0 : this.doc.font(font.name).fontSize(font.size).widthOfString(dates) + 1;
    this.row([
      { text: title, font, width: this.width - dateWidth - 12 },
      { text: dates, font, dx: this.width - dateWidth, width: dateWidth, align: 'right' },
    ]);
  }

  bullet(text: string, dx = 0, font: Font = body): void {
    this.row([{ text: '•', font, dx: dx + 4, width: 10 }, { text, font, dx: dx + 16 }], 2);
  }

  heading(text: string, font: Font = { name: 'Helvetica-Bold', size: 12 }): void {
    this.space(6);
    this.row([{ text, font }], 2, 40);
    this.doc.moveTo(this.x, this.y).lineTo(this.x + this.width, this.y).lineWidth(0.5).stroke();
    this.y += 5;
  }

  space(points: number): void {
    this.y = Math.max(this.y, this.floatBottom) + points;
  }

  private measure(c: Cell, width: number): number {
    return this.doc.font(c.font.name).fontSize(c.font.size).heightOfString(c.text, { width, align: c.align ?? 'left' });
  }

  /** Goes to this column's page, or on to the next one (reusing pages another column made). */
  private fit(height: number): void {
    const bottom = PAGE.height - PAGE.margin;
    if (this.y + height > bottom && this.y > PAGE.margin) {
      this.page += 1;
      this.y = PAGE.margin;
      this.floatBottom = 0;
      const { start, count } = this.doc.bufferedPageRange();
      if (this.page >= start + count) this.doc.addPage();
    }
    this.doc.switchToPage(this.page);
  }
}

// Text pulled out of a resume file, in reading order, with the few layout facts the parser
// uses: how big and bold a line is (headings), whether it was a list item, and where wide gaps
// split it ("Senior Engineer        Jan 2020 – Present").

export interface TextLine {
  text: string;
  /** The line cut at wide horizontal gaps; one part when there were none. */
  parts: string[];
  /** Font size in points; 0 when the format has none (plain text). */
  size: number;
  bold: boolean;
  /** The format itself marked it as a heading (DOCX heading styles, markdown #). */
  heading: boolean;
  /** The format marked it as a list item, or it began with a bullet sign. */
  bullet: boolean;
  page: number;
  /** Left edge in points (PDF only, else 0): tells a wrapped bullet's second line from a new line. */
  x: number;
}

export interface ExtractedText {
  lines: TextLine[];
  pages: number;
}

export function plainLine(text: string, extra: Partial<TextLine> = {}): TextLine {
  return { text, parts: [text], size: 0, bold: false, heading: false, bullet: false, page: 1, x: 0, ...extra };
}

// Turns positioned PDF text into lines in reading order. Two things make resumes hard:
// two-column layouts (a sidebar beside the main column, whose lines share baselines) and
// dates set far to the right or left of a role's title on the same line.
import type { TextLine } from './resume-text.ts';

/** A run of text on one baseline, as the PDF placed it. y grows upward (PDF space). */
export interface Glyphs {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

interface Segment extends Glyphs {
  right: number;
}

const dateLike = /^(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2}\/)?\d{4}\b|^(?:present|current|now)$/i;

/** Lines of one page, top to bottom; a sidebar column is read as a block before the main one. */
export function layoutPage(glyphs: Glyphs[], page: number): TextLine[] {
  const segments = joinRuns(glyphs.filter((g) => g.text.trim() !== ''));
  const gutter = findGutter(segments);
  if (gutter === undefined) return toLines(segments, page);
  const body = segments.filter((s) => s.y < gutter.floor);
  return [
    ...toLines(segments.filter((s) => s.y >= gutter.floor), page),
    ...toLines(body.filter((s) => s.right <= gutter.x), page),
    ...toLines(body.filter((s) => s.x >= gutter.x), page),
  ];
}

/** Joins pieces that sit next to each other on a baseline into one segment. */
function joinRuns(glyphs: Glyphs[]): Segment[] {
  const sorted = [...glyphs].sort((a, b) => b.y - a.y || a.x - b.x);
  const segments: Segment[] = [];
  for (const g of sorted) {
    const last = segments.at(-1);
    const gap = last ? g.x - last.right : Infinity;
    if (last && sameBaseline(last, g) && gap < Math.max(last.size, g.size) * 1.2 && gap > -last.size) {
      const space = gap > last.size * 0.12 && !last.text.endsWith(' ') && !g.text.startsWith(' ') ? ' ' : '';
      last.text += space + g.text;
      last.right = g.x + g.width;
      last.bold &&= g.bold;
      last.size = Math.max(last.size, g.size);
    } else {
      segments.push({ ...g, right: g.x + g.width });
    }
  }
  return segments;
}

function sameBaseline(a: { y: number; size: number }, b: { y: number; size: number }): boolean {
  return Math.abs(a.y - b.y) < Math.min(a.size, b.size) * 0.5;
}

/**
 * An x position no segment crosses below the page header, with real text on both sides: a
 * column gutter. A left "column" made mostly of dates is not a sidebar but a date column; its
 * dates belong on their titles' lines, so no gutter is reported for it.
 */
function findGutter(segments: Segment[]): { x: number; floor: number } | undefined {
  if (segments.length < 12) return undefined;
  const candidates = [...new Set(segments.map((s) => Math.round(s.x) - 1))];
  let best: { x: number; floor: number; balance: number } | undefined;
  for (const x of candidates) {
    // Whatever crosses x (name, contact line) is header; the columns start below the lowest.
    const crossing = segments.filter((s) => s.x < x && s.right > x);
    const floor = crossing.length ? Math.min(...crossing.map((s) => s.y - s.size * 0.5)) : Infinity;
    const body = segments.filter((s) => s.y < floor);
    if (body.length < segments.length * 0.6) continue;
    const left = body.filter((s) => s.right <= x);
    if (left.length < 5 || body.length - left.length < 5) continue;
    // A sidebar holds content (contacts, skills), not just headings and the dates of a date column.
    const content = left.filter((s) => !s.bold && !/^[\p{Lu}\s&]+$/u.test(s.text.trim()));
    if (content.length < 5 || content.filter((s) => dateLike.test(s.text.trim())).length >= content.length * 0.4) continue;
    const balance = Math.min(left.length, body.length - left.length);
    if (!best || balance > best.balance) best = { x, floor, balance };
  }
  return best && { x: best.x, floor: best.floor };
}

/** Groups segments on one baseline into a line; wide gaps keep the pieces apart as parts. */
function toLines(segments: Segment[], page: number): TextLine[] {
  const columnRight = Math.max(...segments.map((s) => s.right));
  return rejoinWrappedDates(joinSoftWraps(rows(segments, page), columnRight));
}

/**
 * Text that ran out of room continues on the next line ("Hochschule für Technik und" /
 * "Wirtschaft Berlin"). A line wrapped when the next line's first word would not have fitted
 * after it; it is joined back. Lines that differ in look, or start a bullet, stay apart.
 */
function joinSoftWraps(lines: Array<TextLine & { right: number }>, columnRight: number): TextLine[] {
  const columnLeft = Math.min(...lines.map((l) => l.x));
  const out: Array<TextLine & { right: number }> = [];
  for (const line of lines) {
    const last = out.at(-1);
    if (last && isContinuation(last, line, columnLeft, columnRight)) {
      // A link broken after "/" (or a word after a hyphen) is glued back without a space.
      const glue = last.text.endsWith('/') || (last.text.endsWith('-') && !line.text.includes(' ')) ? '' : ' ';
      const first = last.parts.length === 1 ? `${last.parts[0]}${glue}${line.text}` : `${last.parts[0]} ${line.text}`;
      last.parts = [first, ...last.parts.slice(1)];
      last.text = last.parts.join('  ');
      if (last.parts.length === 1) last.right = line.right;
    } else {
      out.push(line);
    }
  }
  return out.map(({ right: _right, ...line }) => line);
}

function isContinuation(last: TextLine & { right: number }, line: TextLine & { right: number }, columnLeft: number, columnRight: number): boolean {
  if (line.bullet || line.parts.length > 1 || line.size !== last.size || line.bold !== last.bold || line.page !== last.page) return false;
  // A label ("Cloud:") starts a new line; so does anything after a line that ended in a date.
  if (/^[\p{L} &/]{2,30}:/u.test(line.text) || dateLike.test(line.text) || (last.parts.length === 1 && /\b\d{4}$/.test(last.text))) return false;
  if (last.parts.length > 1) {
    // A bold title squeezed by its dates wraps before them; its tail comes back bold.
    return last.bold && Math.abs(line.x - last.x) < 2 && dateLike.test(last.parts.at(-1)!.trim());
  }
  if (line.x < last.x - 2 || (line.x > last.x + 2 && !last.bullet)) return false;
  // A wrapped line is mostly full; a short one (a list item) only looks "full" beside a long word.
  if (last.right - columnLeft < (columnRight - columnLeft) * 0.6) return false;
  const charWidth = (last.right - last.x) / Math.max(1, last.text.length);
  const firstWord = line.text.split(/\s+/)[0] ?? '';
  return last.right + charWidth * (firstWord.length + 1) > columnRight - 1;
}

const monthOrDash = /(?:[–—-]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)$/i;
const lonelyDate = /^(?:[A-Za-z]{3,9}\.?\s+)?\d{4}$/;
const rangeTail = /^(?:[–—-]\s*)?(?:(?:[A-Za-z]{3,9}\.?\s+)?\d{4}|present|current|now)$/i;

/**
 * A narrow date column wraps a range ("Jun. 2023 - Feb." / "2024", "September 2016" /
 * "— April 2021"), so its end lands at the start of the next line; it is moved back.
 */
function rejoinWrappedDates(lines: TextLine[]): TextLine[] {
  for (let i = 0; i + 1 < lines.length; i++) {
    const [line, next] = [lines[i]!, lines[i + 1]!];
    const [head, tail] = [line.parts[0] ?? '', next.parts[0] ?? ''];
    const unfinished = monthOrDash.test(head) || (lonelyDate.test(head) && /^[–—-]/.test(tail));
    if (!unfinished || !rangeTail.test(tail) || Math.abs(next.x - line.x) > 2) continue;
    line.parts[0] = `${head} ${tail}`;
    line.text = line.parts.join('  ');
    next.parts.shift();
    next.text = next.parts.join('  ');
    if (next.parts.length > 0) next.x = line.x + 100;
  }
  return lines.filter((l) => l.parts.length > 0);
}

function rows(segments: Segment[], page: number): Array<TextLine & { right: number }> {
  const sorted = [...segments].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Segment[][] = [];
  for (const s of sorted) {
    const row = rows.at(-1);
    if (row && sameBaseline(row[0]!, s)) row.push(s);
    else rows.push([s]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const parts = row.map((s) => s.text.trim()).filter(Boolean);
    const size = Math.max(...row.map((s) => s.size));
    const text = parts.join('  ');
    return {
      text,
      parts,
      size,
      bold: row.every((s) => s.bold),
      heading: false,
      bullet: /^[•●▪◦‣∙·\-–*]\s/.test(text),
      page,
      x: row[0]!.x,
      right: row.at(-1)!.right,
    };
  });
}

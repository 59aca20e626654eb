// Plain text and markdown: lines as written. Markdown's own marks (#, -, **) become the
// heading, bullet and bold facts the parser uses, and are removed from the text.
import { ExtractionError } from './extraction-error.ts';
import { plainLine, type ExtractedText } from './resume-text.ts';

/** A plain-text resume over this many lines is not a resume. */
const maxLines = 1500;

export function plainText(text: string): ExtractedText {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  if (raw.length > maxLines) throw new ExtractionError('too-many-pages', `${raw.length} lines`);
  const lines = raw
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.trim() !== '' && !/^\s*([-=_*]\s*){3,}$/.test(line))
    .map((line) => {
      const heading = /^\s{0,3}#{1,6}\s/.test(line);
      const bullet = /^\s*([-*+•●▪–]|\d+[.)])\s+/.test(line);
      const bold = /^\s*\*\*[^*]+\*\*\s*$/.test(line);
      const clean = line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\*\*/g, '').trim();
      const parts = clean.split(/\t+| {3,}/).map((p) => p.trim()).filter(Boolean);
      return plainLine(clean, { parts, heading, bullet, bold });
    });
  if (lines.map((l) => l.text).join('').length < 40) throw new ExtractionError('no-text');
  return { lines, pages: Math.max(1, Math.ceil(lines.length / 60)) };
}

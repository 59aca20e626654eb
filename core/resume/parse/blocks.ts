// Groups a section's lines into entries: a few header lines (title, employer, dates) followed
// by bullets. Wrapped bullet lines are joined back to their bullet first.
import type { TextLine } from '../text/resume-text.ts';
import { findDateRange } from './dates.ts';

export interface Block {
  /** Lines that name the entry (title, company, dates, location). */
  head: TextLine[];
  bullets: string[];
  /** Non-bullet prose under the head (a role summary, a project description). */
  prose: string[];
}

const bulletSign = /^\s*(?:[•●▪◦‣∙·*–-]|\d+[.)])\s*/;

export function stripBullet(text: string): string {
  return text.replace(bulletSign, '').trim();
}

/** Bullets that wrapped onto a second line come back as one bullet. */
function joinWrapped(lines: TextLine[]): TextLine[] {
  const joined: TextLine[] = [];
  for (const line of lines) {
    const last = joined.at(-1);
    const continues =
      last?.bullet &&
      !line.bullet &&
      !line.bold &&
      !findDateRange(line.text) &&
      (/^[\p{Ll}\d(&%$€£]/u.test(line.text) || (line.x > 0 && line.x > last.x + 1) || !/[.!?:]$/.test(last.text));
    if (continues && last) joined[joined.length - 1] = { ...last, text: `${last.text} ${line.text}`, parts: [`${last.text} ${line.text}`] };
    else joined.push(line);
  }
  return joined;
}

export function toBlocks(lines: TextLine[]): Block[] {
  const blocks: Block[] = [];
  for (const line of joinWrapped(lines)) {
    const current = blocks.at(-1);
    if (line.bullet) {
      if (current) current.bullets.push(stripBullet(line.text));
      else blocks.push({ head: [], bullets: [stripBullet(line.text)], prose: [] });
      continue;
    }
    const hasDate = Boolean(findDateRange(line.text));
    const startsEntry =
      !current ||
      current.bullets.length > 0 ||
      current.prose.length > 0 ||
      (hasDate && current.head.some((l) => findDateRange(l.text))) ||
      // A title line with its own date after a head that already has two lines of names.
      (line.bold && current.head.length >= 2 && current.head.some((l) => findDateRange(l.text)));
    const isProse = line.text.length > 110 && !hasDate;
    if (isProse && current && !startsEntry) current.prose.push(line.text);
    else if (startsEntry) blocks.push({ head: [line], bullets: [], prose: [] });
    else current!.head.push(line);
  }
  return blocks;
}

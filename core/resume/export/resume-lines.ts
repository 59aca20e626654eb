// The wording both exports share (dates, the contact line, joined parts), so the DOCX and the
// PDF of one resume say exactly the same thing.
import type { JsonResume } from '../json-resume.ts';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021-03" → "Mar 2021"; a year alone stays a year. */
export function displayDate(date: string): string {
  const [year, month] = date.split('-');
  const name = month === undefined ? undefined : months[Number(month) - 1];
  return name ? `${name} ${year}` : (year ?? date);
}

/** "Mar 2021 – Present": json-resume.ts says a missing end date means current. An end alone is
 *  one date (a graduation); a range that starts and ends in the same month is one date too. */
export function dateRange(start?: string, end?: string): string {
  if (!start) return end ? displayDate(end) : '';
  if (start === end) return displayDate(start);
  return `${displayDate(start)} – ${end ? displayDate(end) : 'Present'}`;
}

/** Trimmed, whitespace-collapsed text; resume fields often arrive with stray newlines. */
export function clean(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The non-empty parts, cleaned and joined. */
export function joinParts(parts: readonly (string | undefined)[], separator = ' · '): string {
  return parts.map(clean).filter(Boolean).join(separator);
}

type Basics = JsonResume['basics'];

/** "Berlin, DE · zoe@example.com · +49 … · zoe.dev · github.com/zoe". The location leads so it
 *  is not lost; a profile shows its URL, else "Network: username". */
export function contactLine(basics: Basics): string {
  const { location } = basics;
  const place = location ? joinParts([location.city, location.region, location.countryCode], ', ') : '';
  const profiles = basics.profiles.map((p) => p.url || (p.username ? `${p.network}: ${p.username}` : ''));
  return joinParts([place, basics.email, basics.phone, basics.url, ...profiles]);
}

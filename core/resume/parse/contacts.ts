// The header: name, headline and how to reach the person. Contacts are looked for in the
// header and a "Contact" section first, then anywhere, since sidebars put them far down.
import type { JsonResume } from '../json-resume.ts';
import type { TextLine } from '../text/resume-text.ts';
import { isOnlyDates } from './dates.ts';

type Basics = JsonResume['basics'];

const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
// Optionally +country, then digit groups split by spaces, dots, dashes or brackets; a real
// number has 7 to 15 digits (checked in findPhone), which keeps dates and years out.
const phonePattern = /(?<![\w@/+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{1,8}){1,5}(?![\w@])/g;
const urlPattern = /\b(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|me|app|co|de|uk|fr|es|it|nl|se|dk|ie|pt|ca|sg|in|ch|at|eu|info|site|page|xyz|tech|design)(?:\/[^\s,;|)]*)?/gi;
const networks: Array<[string, RegExp]> = [
  ['LinkedIn', /linkedin\.com/i],
  ['GitHub', /github\.com/i],
  ['GitLab', /gitlab\.com/i],
  ['Twitter', /(twitter|x)\.com/i],
  ['Dribbble', /dribbble\.com/i],
  ['Behance', /behance\.net/i],
  ['Medium', /medium\.com/i],
  ['Stack Overflow', /stackoverflow\.com/i],
];

export function parseContacts(primary: TextLine[], everywhere: TextLine[]): Pick<Basics, 'email' | 'phone' | 'url' | 'profiles'> {
  const email = firstMatch(primary, emailPattern) ?? firstMatch(everywhere, emailPattern);
  const phone = findPhone(primary) ?? findPhone(everywhere);
  const profiles: Basics['profiles'] = [];
  let url: string | undefined;
  const seen = new Set<string>();
  // Links outside the contacts are usually projects', so they count only when there are none.
  const hasLink = new RegExp(urlPattern.source, 'i');
  const linkLines = primary.some((l) => hasLink.test(l.text.replace(new RegExp(emailPattern, 'g'), ' '))) ? primary : everywhere;
  for (const line of linkLines) {
    // Emails contain domains too; take them out before looking for links.
    for (const raw of line.text.replace(new RegExp(emailPattern, 'g'), ' ').matchAll(urlPattern)) {
      const link = raw[0].replace(/[.,;:]+$/, '');
      if (seen.has(link.toLowerCase())) continue;
      seen.add(link.toLowerCase());
      const network = networks.find(([, pattern]) => pattern.test(link))?.[0];
      if (network) profiles.push({ network, url: link, username: link.replace(/\/+$/, '').split('/').pop() });
      else if (url === undefined) url = link;
      else profiles.push({ network: link.replace(/^(https?:\/\/)?(www\.)?/, '').split(/[/.]/)[0]!, url: link });
    }
  }
  return { email, phone, url, profiles };
}

function findPhone(lines: TextLine[]): string | undefined {
  for (const line of lines) {
    for (const match of line.text.matchAll(phonePattern)) {
      const digits = match[0].replace(/\D/g, '').length;
      if (digits >= 7 && digits <= 15 && !isOnlyDates(match[0])) return match[0].trim();
    }
  }
  return undefined;
}

function firstMatch(lines: TextLine[], pattern: RegExp): string | undefined {
  for (const line of lines) {
    const match = pattern.exec(line.text);
    if (match) return match[0];
  }
  return undefined;
}

const contactish = new RegExp(`${emailPattern.source}|\\+?\\d[\\d ().-]{6,}\\d|https?:|www\\.|linkedin|github|\\|`, 'i');

/** The name is the header's most prominent line that reads like a name; the headline follows it. */
export function parseName(header: TextLine[]): Pick<Basics, 'name' | 'label'> {
  const candidates = header.slice(0, 6).filter((l) => looksLikeName(l.text));
  const biggest = Math.max(0, ...header.slice(0, 6).map((l) => l.size));
  const nameLine = candidates.find((l) => l.size === biggest) ?? candidates[0];
  if (!nameLine) return {};
  const after = header.slice(header.indexOf(nameLine) + 1);
  const labelLine = after.find((l) => !contactish.test(l.text) && l.text.length <= 80 && !/[.!?]$/.test(l.text));
  const label = labelLine && after.indexOf(labelLine) <= 1 ? labelLine.text : undefined;
  return { name: nameLine.text.trim(), label };
}

function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || contactish.test(text) || /\d/.test(text)) return false;
  // Names are capitalised words (allowing particles such as "van", "de", "Ní", "O'").
  return words.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w) || /^(van|von|de|del|der|da|di|du|la|le|ní|ní|bin|al|y)$/i.test(w));
}

/** "City, Country" in the header, when there is one. */
export function parseLocation(header: TextLine[]): Basics['location'] {
  // The place sits among the contacts (or on a line of its own), not in the name or headline.
  const { name, label } = parseName(header);
  for (const line of header) {
    if (line.text === name || line.text === label) continue;
    for (const part of line.text.split(/\s*[|·•]\s*|\s{2,}/)) {
      const match = /^([\p{Lu}][\p{L} .'-]+),\s*([\p{Lu}][\p{L} .'-]+)$/u.exec(part.trim());
      if (match && !contactish.test(part)) return { city: match[1]!.trim(), region: match[2]!.trim() };
    }
  }
  return undefined;
}

// Work and education entries from blocks: which piece of a head is the job title, which the
// employer or school, which the place, and which the dates.
import type { EducationEntry, WorkEntry } from '../json-resume.ts';
import type { TextLine } from '../text/resume-text.ts';
import type { Block } from './blocks.ts';
import { findDateRange, type DateRange } from './dates.ts';

const titleWords =
  /\b(engineer|developer|programmer|manager|designer|analyst|nurse|director|lead|head|intern|internship|scientist|consultant|teacher|lecturer|professor|researcher|postdoc(toral)?|fellow|specialist|representative|executive|officer|architect|coordinator|associate|assistant|administrator|founder|co-founder|owner|freelancer?|contractor|barista|cashier|sales|account|vp|vice president|president|cto|ceo|cfo|coo|chief|advisor|adviser|technician|agent|writer|editor|student|tutor|trainer|instructor|sre|devops|partner|principal|staff|recruiter|accountant|clerk|supervisor|operator|therapist|physician|doctor|pharmacist|chemist|member)\b/i;
// Words that mark an organisation's name. Kept to strong markers: "Software Engineer" is a title.
const companyWords =
  /\b(inc|ltd|llc|gmbh|ag|sa|s\.a|sas|bv|oy|ab|plc|corp|corporation|company|co|group|labs?|technologies|studios?|bank|hospital|clinic|universit\S*|college|school|institute|agency|consulting|foundation|ministry|council|ventures|analytics|holdings|logistics|centre|center|gmbh|kg|srl|s\.l|ltda)\b|\.(com|io|ai)\b/iu;
const schoolWords = /\b(universit\S*|college|school|institute|institut|academy|akademie|polytechni\S*|école|escola|escuela|hochschule|bootcamp|conservatory|seminary|ETH|MIT|UCL|DTU|HTW|TU)\b/iu;
const degreePattern =
  /^(ph\.?\s?d\.?|doctor(ate)? of [\p{L} ]+?|m\.?b\.?a\.?|b\.?\s?sc\.?|m\.?\s?sc\.?|b\.?\s?a\.?|m\.?\s?a\.?|b\.?\s?s\.?|m\.?\s?s\.?|b\.?\s?eng\.?|m\.?\s?eng\.?|b\.?\s?ed\.?|m\.?\s?ed\.?|ll\.?[bm]\.?|bachelor(?:'s)?(?: of [\p{L}]+(?: [\p{L}]+)*?)?|master(?:'s)?(?: of [\p{L}]+(?: [\p{L}]+)*?)?|associate(?:'s)?(?: of [\p{L}]+)?|postgraduate (?:diploma|certificate)|pgce|diploma|certificate|bootcamp certificate|high school diploma|a-levels|abitur|licenciatura|grado|magister|staatsexamen|[\p{L} ]*certificate)(?=\s|,|$)/iu;

/** Cuts a head into pieces: wide-gap parts, then separators such as " — ", " | ", " at ". */
function pieces(head: TextLine[]): Array<{ text: string; bold: boolean; line: number }> {
  const out: Array<{ text: string; bold: boolean; line: number }> = [];
  head.forEach((line, index) => {
    for (const part of line.parts) {
      for (const piece of part.split(/\s+[—–|·•]\s+|\s+-\s+|\s+(?:at|@)\s+/)) {
        const text = piece.replace(/^[\s,;|·•—–-]+|[\s,;|·•—–-]+$/g, '');
        if (text) out.push({ text, bold: line.bold, line: index });
      }
    }
  });
  return out;
}

/** Removes the date range from a head, returning it and the head without it. */
function takeDates(head: TextLine[]): { range?: DateRange; rest: TextLine[] } {
  for (const [index, line] of head.entries()) {
    const range = findDateRange(line.text);
    if (!range) continue;
    const dates = line.text.slice(range.index, range.index + range.length);
    // "(Jan 2020 – Present)" leaves "()" behind; take the brackets too.
    const cut = (text: string) => text.replace(dates, '').replace(/\(\s*\)|\[\s*\]/g, '').trim();
    const without = cut(line.text);
    const parts = line.parts.map(cut).filter(Boolean);
    const rest = [...head];
    rest[index] = { ...line, text: without, parts: parts.length ? parts : [without] };
    return { range, rest: rest.filter((l) => l.text.replace(/[\s,;|·•()—–-]/g, '') !== '') };
  }
  return { rest: head };
}

const corporateSuffix = /^(inc|ltd|llc|gmbh|ag|co|corp|plc|s\.?a|s\.?l|lda|ltda|srl|bv|kg|oy|ab|pty( ltd)?)\.?$/i;

/** "Northwind Analytics, Berlin" → employer and place; "Acme, Inc., Boston" keeps "Acme, Inc.". */
function splitPlace(text: string): { name: string; place?: string } {
  const segments = text.split(/,\s*/);
  if (segments.length === 1) return { name: text };
  const lastSuffix = segments.map((s) => corporateSuffix.test(s.trim())).lastIndexOf(true);
  const nameEnd = Math.max(1, lastSuffix + 1);
  const place = segments.slice(nameEnd).join(', ').trim();
  if (!place || place.split(/\s+/).length > 6 || /\d/.test(place)) return { name: text };
  return { name: segments.slice(0, nameEnd).join(', ').trim(), place };
}

export function workEntry(block: Block): WorkEntry | undefined {
  const { range, rest } = takeDates(block.head);
  const found = pieces(rest);
  if (found.length === 0 && block.bullets.length === 0) return undefined;
  let titleIndex = found.findIndex((p) => titleWords.test(p.text) && !companyWords.test(p.text));
  if (titleIndex < 0) titleIndex = found.findIndex((p) => titleWords.test(p.text));
  let companyIndex = found.findIndex((p, i) => i !== titleIndex && companyWords.test(p.text));
  if (titleIndex < 0) titleIndex = found.findIndex((p, i) => i !== companyIndex && p.bold);
  if (titleIndex < 0) titleIndex = found.findIndex((_, i) => i !== companyIndex);
  if (companyIndex < 0) companyIndex = found.findIndex((_, i) => i !== titleIndex);
  const company = companyIndex >= 0 ? splitPlace(found[companyIndex]!.text) : undefined;
  const placePiece = found.find((_, i) => i !== titleIndex && i !== companyIndex && looksLikePlace(found[i]!.text));
  return {
    name: company?.name ?? '',
    position: titleIndex >= 0 ? found[titleIndex]!.text : undefined,
    location: company?.place ?? placePiece?.text,
    startDate: range?.startDate,
    endDate: range?.endDate,
    summary: block.prose.join(' ') || undefined,
    highlights: block.bullets,
  };
}

function looksLikePlace(text: string): boolean {
  return /^(remote|hybrid|[\p{Lu}][\p{L}.'-]+(?:[ -][\p{Lu}][\p{L}.'-]+)?(?:,\s*[\p{Lu}][\p{L}. '-]+)?)$/u.test(text) && text.split(/\s+/).length <= 4;
}

export function educationEntry(block: Block): EducationEntry | undefined {
  const { range, rest } = takeDates(block.head);
  const found = pieces(rest).flatMap((p) => {
    // "BSc Computer Science, University of Toronto" arrives as one piece.
    const comma = p.text.split(/,\s+/);
    return comma.length > 1 && comma.some((c) => degreePattern.test(c)) && comma.some((c) => schoolWords.test(c)) ? comma.map((text) => ({ ...p, text })) : [p];
  });
  const school = found.find((p) => schoolWords.test(p.text) && !degreePattern.test(p.text)) ?? found.find((p) => !degreePattern.test(p.text));
  const degreePiece = found.find((p) => p !== school && degreePattern.test(p.text)) ?? found.find((p) => p !== school);
  if (!school && !degreePiece) return undefined;
  const degree = degreePiece ? splitDegree(degreePiece.text) : {};
  return {
    institution: school ? splitPlace(school.text).name : '',
    studyType: degree.studyType,
    area: degree.area,
    startDate: range?.startDate,
    endDate: range?.current ? undefined : range?.endDate,
  };
}

/** "Master of Science in Physics" → studyType and area; "Licenciatura (BSc)" stays whole. */
function splitDegree(text: string): { studyType?: string; area?: string } {
  const separated = /^(.+?)(?:\s+in\s+|,\s+|\s+[–—-]\s+)(.+)$/.exec(text);
  if (separated && degreePattern.test(separated[1]!)) return { studyType: separated[1]!.trim(), area: separated[2]!.trim() };
  const match = degreePattern.exec(text);
  if (!match) return { area: text };
  const bracket = /^\s*\([^)]*\)/.exec(text.slice(match[0].length))?.[0] ?? '';
  const studyType = (match[0] + bracket).trim();
  const area = text.slice(studyType.length).replace(/^[\s,:(–—-]*(in|of)?\s+/i, '').replace(/[)\s]+$/, '').trim();
  return { studyType, area: area || undefined };
}

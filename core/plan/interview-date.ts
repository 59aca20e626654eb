// Reads when (and where, and for what) an interview is from one chat sentence, so the bot can
// offer a preparation plan. Dates are calendar days ("YYYY-MM-DD") in the user's time zone: a
// plan is about days, and 23:30 in London is already tomorrow in Tokyo.
//
// Phrasing decisions (each one the reading that fails least badly, since the plan's header
// shows the date and the user can correct it):
// - A weekday ("on Friday", "this Friday", "next Friday") is the next such day strictly after
//   today. Said on a Friday, "Friday" means in 7 days: an interview later today would be
//   "today". "next Friday" is ambiguous between the coming one and the one after; we take the
//   coming one because preparing a week early is harmless while preparing a week late misses
//   the interview.
// - A day and month without a year ("3 December", "Dec 3rd") is this year, or next year once
//   that day has passed.
// - Numeric slash dates ("12/03") are skipped: 12 March and 3 December are both common. Only
//   ISO dates ("2026-12-03") are read as numbers.
// - When a sentence holds several dates, the first one after the word "interview" wins
//   ("a screen yesterday, the interview on Friday"); otherwise the first one.
// - A date in the past or more than 60 days away returns undefined, so the caller asks.
// The function does not judge whether the sentence is about an interview: the caller decides
// when to ask it (a "tomorrow" in any sentence is a date).
import { say } from '../language/current.ts';

/** Latest interview we plan for; beyond it the caller should ask rather than guess. */
export const maxDaysAhead = 60;

export interface InterviewMention {
  /** YYYY-MM-DD in the user's time zone. */
  date: string;
  company?: string;
  role?: string;
}

export function findInterviewDate(text: string, now: Date, timeZone = 'UTC'): InterviewMention | undefined {
  const today = calendarDayIn(now, timeZone);
  const date = pickMention(text, findDates(text, today));
  if (!date) return undefined;
  const ahead = daysBetween(today, date);
  if (ahead < 0 || ahead > maxDaysAhead) return undefined;
  const company = findCompany(text);
  const role = findRole(text);
  return { date, ...(company && { company }), ...(role && { role }) };
}

// ── calendar days ────────────────────────────────────────────────────────────────────────────
// Days are handled as UTC midnights of "YYYY-MM-DD" strings, so no arithmetic ever meets a
// daylight-saving shift; only "what day is it now" needs the time zone.

export const dayMs = 24 * 60 * 60 * 1000;

/** The same moment `days` days later (earlier when negative): for due times and cutoffs, not calendar days. */
export const daysLater = (moment: Date, days: number) => new Date(moment.getTime() + days * dayMs);

/** The calendar day (YYYY-MM-DD) that `now` falls on in `timeZone`; throws RangeError for an unknown zone. */
export function calendarDayIn(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function addDays(day: string, days: number): string {
  return new Date(dayStart(day) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayStart(to) - dayStart(from)) / dayMs);
}

/** "Fri 4 Dec": short enough for a chat line, unambiguous within the 60 days we plan for. */
export function formatDayLabel(day: string): string {
  const format = new Intl.DateTimeFormat(say({ en: 'en-GB', es: 'es-ES' }), { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
  const parts = format.formatToParts(new Date(dayStart(day)));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')}`;
}

function dayStart(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const time = match ? validDay(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
  if (time === undefined) throw new RangeError(`Not a YYYY-MM-DD calendar day: ${day}`);
  return time;
}

/** The UTC midnight of a real calendar day, or undefined for 30 February and friends. */
function validDay(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? time : undefined;
}

function toDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

// ── dates in text ────────────────────────────────────────────────────────────────────────────

/** A date phrase and where it starts; date is undefined for an impossible day ("31 February"). */
interface DateMention {
  index: number;
  date: string | undefined;
}

const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const month = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const ordinal = '(?:st|nd|rd|th)?';
const countWords: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, 'a couple of': 2 };

// The same phrases in Spanish ("el viernes", "pasado mañana", "el 3 de diciembre", "en dos semanas").
const weekdayNamesEs = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
const monthNamesEs = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const withoutAccents = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const countWordsEs: Record<string, number> = { un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10 };

/** The next such weekday strictly after today (see the phrasing decisions above). */
function nextWeekday(today: string, weekday: number): string {
  const ahead = (weekday - weekdayOf(today) + 7) % 7;
  return addDays(today, ahead === 0 ? 7 : ahead);
}

// Each reader finds one kind of phrase and turns a match into a day (undefined: not a real day).
const readers: Array<{ pattern: RegExp; read: (match: RegExpExecArray, today: string) => string | undefined }> = [
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    read: (m) => dayOrUndefined(validDay(Number(m[1]), Number(m[2]), Number(m[3]))),
  },
  { pattern: /\b(today|tonight)\b/gi, read: (_m, today) => today },
  // "the day after tomorrow" is one phrase, so its "tomorrow" is not read again on its own.
  { pattern: /\b(?:(?:the\s+)?(day\s+after)\s+)?tomorrow\b/gi, read: (m, today) => addDays(today, m[1] ? 2 : 1) },
  {
    pattern: new RegExp(`\\bin\\s+(\\d{1,3}|${Object.keys(countWords).join('|')})\\s+(days?|weeks?)\\b`, 'gi'),
    read: (m, today) => addDays(today, (countWords[m[1]!.toLowerCase()] ?? Number(m[1])) * (/^week/i.test(m[2]!) ? 7 : 1)),
  },
  {
    pattern: new RegExp(`\\b(${weekdayNames.join('|')})\\b`, 'gi'),
    read: (m, today) => nextWeekday(today, weekdayNames.indexOf(m[1]!.toLowerCase())),
  },
  { pattern: /\bhoy\b/gi, read: (_m, today) => today },
  // "mañana" is also "morning" ("esta mañana", "por la mañana"): only a bare one is tomorrow.
  { pattern: /(?<!\b(?:la|esta)\s+)\b(pasado\s+)?mañana(?![\p{L}])/giu, read: (m, today) => addDays(today, m[1] ? 2 : 1) },
  {
    pattern: new RegExp(`\\ben\\s+(\\d{1,3}|${Object.keys(countWordsEs).join('|')})\\s+(d[ií]as?|semanas?)(?![\\p{L}])`, 'giu'),
    read: (m, today) => addDays(today, (countWordsEs[m[1]!.toLowerCase()] ?? Number(m[1])) * (/^semana/i.test(m[2]!) ? 7 : 1)),
  },
  {
    pattern: new RegExp(`(?<![\\p{L}])(${weekdayNamesEs.join('|')}|miercoles|sabado)(?![\\p{L}])`, 'giu'),
    read: (m, today) => nextWeekday(today, weekdayNamesEs.map(withoutAccents).indexOf(withoutAccents(m[1]!))),
  },
  {
    // "3 de diciembre", "el 3 de diciembre de 2026"
    pattern: new RegExp(`\\b(\\d{1,2})\\s+de\\s+(${monthNamesEs.join('|')}|setiembre)\\b(?:\\s+(?:de\\s+)?(\\d{4})\\b)?`, 'gi'),
    read: (m, today) => monthDay(today, monthNames[monthNamesEs.indexOf(m[2]!.toLowerCase().replace('setiembre', 'septiembre'))]!, Number(m[1]), m[3]),
  },
  {
    // "3 December", "3rd of Dec", "3 December 2026"
    pattern: new RegExp(`\\b(\\d{1,2})${ordinal}\\s+(?:of\\s+)?(${month})\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    read: (m, today) => monthDay(today, m[2]!, Number(m[1]), m[3]),
  },
  {
    // "Dec 3rd", "December 3, 2026"
    pattern: new RegExp(`\\b(${month})\\b\\.?\\s+(\\d{1,2})${ordinal}\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    read: (m, today) => monthDay(today, m[1]!, Number(m[2]), m[3]),
  },
];

function findDates(text: string, today: string): DateMention[] {
  return readers
    .flatMap(({ pattern, read }) => [...text.matchAll(pattern)].map((m) => ({ index: m.index ?? 0, date: read(m as RegExpExecArray, today) })))
    .sort((a, b) => a.index - b.index);
}

/** The mention the sentence is about; an impossible day counts as no date rather than a guess. */
function pickMention(text: string, mentions: DateMention[]): string | undefined {
  const interviewAt = text.search(/\binterview|\bentrevista/i);
  const chosen = (interviewAt >= 0 && mentions.find((m) => m.index > interviewAt)) || mentions[0];
  return chosen?.date;
}

function monthDay(today: string, monthWord: string, day: number, year: string | undefined): string | undefined {
  const monthNumber = monthNames.findIndex((name) => name.startsWith(monthWord.slice(0, 3).toLowerCase())) + 1;
  if (year) return dayOrUndefined(validDay(Number(year), monthNumber, day));
  const thisYear = Number(today.slice(0, 4));
  const date = dayOrUndefined(validDay(thisYear, monthNumber, day));
  // 29 February in a year without one: try the next year rather than give up.
  if (date && date >= today) return date;
  return dayOrUndefined(validDay(thisYear + 1, monthNumber, day));
}

function weekdayOf(day: string): number {
  return new Date(dayStart(day)).getUTCDay();
}

function dayOrUndefined(time: number | undefined): string | undefined {
  return time === undefined ? undefined : toDay(time);
}

// ── company and role ─────────────────────────────────────────────────────────────────────────

/** Capitalised words that end a company name rather than belong to it ("Acme Friday"). */
const notNameWords = new Set([
  ...weekdayNames, ...monthNames, 'today', 'tomorrow', 'tonight', 'next', 'this', 'on', 'in', 'for', 'i', 'im', 'ive', 'ill', 'id',
  ...weekdayNamesEs, ...monthNamesEs, 'hoy', 'mañana', 'el', 'la', 'este', 'esta', 'próximo', 'próxima', 'para', 'de', 'en',
]);
/** Lower-case words allowed inside a name when a capitalised word follows ("Bank of America"). */
const nameJoiners = new Set(['&', 'and', 'of']);

/**
 * The capitalised name after "at"/"with" ("at Stripe", "with Goldman Sachs next Tuesday").
 * Occurrences after the word "interview" are tried first, so "met with Ann, interview at
 * Stripe" names Stripe.
 */
function findCompany(text: string): string | undefined {
  const interviewAt = text.search(/\binterview|\bentrevista/i);
  const starts = [...text.matchAll(/\b(?:at|with|en|con)\s+/gi)].map((m) => (m.index ?? 0) + m[0].length);
  const ordered = [...starts.filter((s) => s > interviewAt), ...starts.filter((s) => s <= interviewAt)];
  for (const start of ordered) {
    const name = nameAtStart(text.slice(start));
    if (name) return name;
  }
  return undefined;
}

/** The company-like name a text starts with ("Goldman Sachs, on Friday" → "Goldman Sachs"). */
export function nameAtStart(rest: string): string | undefined {
  const words: string[] = [];
  for (const token of rest.split(/\s+/)) {
    const word = token.replace(/['’]s$|[,.;:!?)"]+$/u, '');
    const endsHere = word !== token;
    if (nameJoiners.has(word) && words.length > 0 && !endsHere) {
      words.push(word);
      continue;
    }
    if (!looksLikeName(word)) break;
    words.push(word);
    if (endsHere) break;
  }
  while (words.length > 0 && nameJoiners.has(words.at(-1)!)) words.pop();
  return words.length > 0 ? words.join(' ') : undefined;
}

function looksLikeName(word: string): boolean {
  if (notNameWords.has(word.toLowerCase().replace(/['’]/g, ''))) return false;
  // "Stripe", "eBay", "3M"; not "3pm" or "a".
  return /^(?:\p{Lu}|\p{Ll}+\p{Lu}|\d+\p{Lu}+$)[\p{L}\p{N}&.'’-]*$/u.test(word);
}

/** "for a backend engineer role", "for the Senior Data Scientist position". */
function findRole(text: string): string | undefined {
  const word = "[\\p{L}\\p{N}+#./&'-]+";
  const pattern = new RegExp(`\\bfor\\s+(?:a|an|the)\\s+(${word}(?:\\s+${word}){0,5}?)\\s+(?:role|position|job|opening)\\b`, 'iu');
  return pattern.exec(text)?.[1];
}

// Dates as resumes write them ("Jan 2020", "01/2020", "2020-01", "March 2019", "2020") and
// ranges between them ("Jan 2020 – Present"), turned into JSON Resume's "YYYY-MM" or "YYYY".

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const month = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const date = String.raw`(?:${month}\s*,?\s*\d{4}|\d{1,2}\s*[/.]\s*\d{4}|\d{4}\s*[-/.]\s*\d{1,2}(?!\d)|(?:19|20)\d{2})`;
const present = String.raw`(?:present|current|now|today|ongoing|heute|actualidad|aujourd'hui)`;
const dash = String.raw`(?:\s*[–—-]+\s*|\s+(?:to|until|till|bis)\s+)`;

/** A range, or a lone date (a graduation, a one-month job): group 1 start, group 2 end. */
const rangePattern = new RegExp(String.raw`(?<![\w/.-])(${date})(?:${dash}(${date}|${present}))?(?![\w/])`, 'i');
const sincePattern = new RegExp(String.raw`\bsince\s+(${date})`, 'i');

export interface DateRange {
  startDate?: string;
  endDate?: string;
  /** The end was "Present" (or the range said "since"). */
  current: boolean;
  /** Where the range sat in the text, to cut it out. */
  index: number;
  length: number;
}

export function findDateRange(text: string): DateRange | undefined {
  const since = sincePattern.exec(text);
  if (since) return { startDate: toIso(since[1]!), current: true, index: since.index, length: since[0].length };
  const match = rangePattern.exec(text);
  if (!match) return undefined;
  const [whole, first, second] = match;
  const start = toIso(first!);
  if (!start) return undefined;
  if (second === undefined) return { endDate: start, current: false, index: match.index, length: whole.length };
  const current = new RegExp(`^${present}$`, 'i').test(second);
  return { startDate: start, endDate: current ? undefined : toIso(second), current, index: match.index, length: whole.length };
}

/** True when the text is nothing but a date or a date range (a line or part of its own). */
export function isOnlyDates(text: string): boolean {
  const range = findDateRange(text);
  if (!range) return false;
  const rest = text.slice(0, range.index) + text.slice(range.index + range.length);
  return /^[\s,|·•()–—-]*$/.test(rest);
}

function toIso(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  let m = /^([a-z]+)\.?\s*,?\s*(\d{4})$/.exec(t);
  if (m) {
    const index = months.indexOf(m[1]!.slice(0, 3));
    return index < 0 ? undefined : `${m[2]}-${String(index + 1).padStart(2, '0')}`;
  }
  m = /^(\d{1,2})\s*[/.]\s*(\d{4})$/.exec(t);
  if (m) return validMonth(m[2]!, m[1]!);
  m = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/.exec(t);
  if (m) return validMonth(m[1]!, m[2]!);
  return /^\d{4}$/.test(t) ? t : undefined;
}

function validMonth(year: string, monthNumber: string): string | undefined {
  const n = Number(monthNumber);
  return n >= 1 && n <= 12 ? `${year}-${String(n).padStart(2, '0')}` : undefined;
}

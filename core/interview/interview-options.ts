// Reads `/interview [role] [behavioral|technical|mixed] [junior|mid|senior] [company]`:
// the kind and level by their words, "at X" or a trailing capitalised name as the company,
// and the rest as the role.
import type { Level } from './question-bank.ts';
import type { InterviewKind } from './plan.ts';

export interface ParsedOptions {
  role?: string;
  kind?: InterviewKind;
  level?: Level;
  company?: string;
}

export function parseInterviewArgs(args: string): ParsedOptions {
  const options: ParsedOptions = {};
  let rest = ` ${args.trim()} `;
  const take = (pattern: RegExp) => {
    const match = pattern.exec(rest);
    if (match) rest = rest.replace(match[0], ' ');
    return match?.[1];
  };
  options.kind = take(/\s(behavioral|behavioural|technical|mixed)\s/i)?.toLowerCase().replace('behavioural', 'behavioral') as InterviewKind | undefined;
  const level = take(/\s(junior|jr|mid|mid-level|senior|sr)\s/i)?.toLowerCase();
  options.level = level ? ({ jr: 'junior', sr: 'senior', 'mid-level': 'mid' }[level] ?? level) as Level : undefined;
  options.company = take(/\s(?:at|@)\s+(.+?)\s*$/i) ?? undefined;
  const words = rest.trim().split(/\s+/).filter(Boolean);
  // "backend Stripe": a capitalised last word after a role is the company.
  if (!options.company && words.length > 1 && /^\p{Lu}/u.test(words.at(-1)!) && !/engineer|developer|designer|manager|analyst/i.test(words.at(-1)!)) {
    options.company = words.pop();
  }
  if (words.length) options.role = words.join(' ');
  return options;
}

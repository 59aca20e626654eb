// Requirements from a job description, by rules: skills and certifications from the
// vocabulary, the title from the JD's heading, years and degrees from the usual phrasings.
import { emptyRequirements, type Requirements } from './requirements.ts';
import { findSkills } from './skill-finder.ts';

const titleWord =
  /\b(engineer|developer|designer|analyst|scientist|manager|nurse|executive|architect|consultant|specialist|representative|lead|director|administrator|coordinator|researcher|lecturer|teacher|recruiter|accountant|sre|devops)\b/i;

export function extractRequirements(jd: string): Requirements {
  const requirements = emptyRequirements();
  for (const skill of findSkills(jd)) {
    if (skill.kind === 'soft') requirements.softSkills.push(skill.name);
    else if (skill.kind === 'certification') requirements.certifications.push(skill.name);
    else requirements.hardSkills.push(skill.name);
  }
  const heading = jobTitle(jd);
  requirements.titles.push(...titlesOf(heading ?? ''));
  if (requirements.titles.length) requirements.displayTitle = heading!.split(/\s*\(|\s+(?:at|@)\s+|\s+[·|]\s+/)[0]!.trim();
  requirements.seniority = seniorityOf(heading ?? '');
  requirements.minYears = minimumYears(jd);
  requirements.education = education(jd);
  return requirements;
}

/** The first heading or line that names a role, as written ("Senior Platform Engineer (DevOps), Berlin"). */
function jobTitle(jd: string): string | undefined {
  const lines = jd.split('\n').map((l) => l.replace(/^#+\s*|\*\*/g, '').trim()).filter(Boolean);
  return lines.slice(0, 5).find((l) => titleWord.test(l) && l.split(/\s+/).length <= 12);
}

const seniorityWords = /^(?:(?:senior|sr\.?|junior|jr\.?|principal|staff|mid-level|entry-level|graduate)\s+)+/i;

/**
 * The role without company, place or seniority (seniority is its own requirement):
 * "Senior Platform Engineer (DevOps)" → Platform Engineer, DevOps Engineer.
 */
function titlesOf(heading: string): string[] {
  const [main = '', aside] = heading.replace(/^(job title|role|position):\s*/i, '').split(/\s*\(\s*/);
  const title = main.split(/\s+(?:at|@)\s+|\s+[—–|-]\s+|,\s+/)[0]!.replace(seniorityWords, '').trim();
  if (!titleWord.test(title)) return [];
  const alternative = aside?.replace(/\).*$/, '').trim();
  const noun = title.split(/\s+/).at(-1)!;
  // "(DevOps)" or "(UX)": the same job under another name.
  return alternative && /^[\p{L}/]+$/u.test(alternative) && !/level|remote|hybrid/i.test(alternative) ? [title, `${alternative} ${noun}`] : [title];
}

function seniorityOf(title: string): Requirements['seniority'] {
  const t = title.toLowerCase();
  if (/\bintern(ship)?\b/.test(t)) return 'intern';
  if (/\b(junior|jr\.?|graduate|entry)\b/.test(t)) return 'junior';
  if (/\b(principal|staff|distinguished)\b/.test(t)) return 'principal';
  if (/\b(lead|head|manager|director)\b/.test(t)) return 'lead';
  if (/\b(senior|sr\.?)\b/.test(t)) return 'senior';
  return title ? 'mid' : undefined;
}

/** "5+ years of …", "at least 3 years of experience", "3–5 years in…": the smallest stated minimum. */
function minimumYears(jd: string): number | undefined {
  const found = [...jd.matchAll(/\b(\d{1,2})\s*(?:\+\s*(?:years?|yrs)|(?:[-–]|to)\s*\d{1,2}\s*(?:years?|yrs)|(?:years?|yrs)(?=\s+(?:of|in)\b|(?:\s+[\w/-]+){0,4}\s+(?:experience|background)))/gi)].map((m) => Number(m[1]));
  const sensible = found.filter((n) => n >= 1 && n <= 20);
  return sensible.length ? Math.min(...sensible) : undefined;
}

const degreeLevels: Array<[string, RegExp]> = [
  ["Bachelor's", /\b(bachelor'?s?|b\.?sc?\.?|b\.?a\.?|undergraduate degree|university degree|college degree)\b/i],
  ["Master's", /\b(master'?s?|m\.?sc\.?|mba|graduate degree)\b/i],
  ['PhD', /\b(ph\.?d\.?|doctorate|doctoral)\b/i],
];

/** Degree levels and fields ("a degree in Computer Science or Statistics"). */
function education(jd: string): string[] {
  const out: string[] = [];
  for (const [level, pattern] of degreeLevels) if (pattern.test(jd)) out.push(level);
  for (const match of jd.matchAll(/\b(?:degree|bachelor'?s?|master'?s?|b\.?sc\.?|m\.?sc\.?|qualification)\s+in\s+((?:[A-Z][\w&-]*)(?:\s+(?:[A-Z][\w&-]*|and|&))*(?:\s*(?:,|or)\s+(?:[A-Z][\w&-]*)(?:\s+(?:[A-Z][\w&-]*|and|&))*)*)/g)) {
    for (const field of match[1]!.split(/\s*(?:,|\bor\b)\s*/)) if (field.trim()) out.push(field.trim());
  }
  return [...new Set(out)];
}

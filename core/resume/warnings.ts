// Warnings the user can act on, for any parsed resume (rules, AI or their own JSON Resume).
import type { JsonResume } from './json-resume.ts';

export interface ResumeWarning {
  code: 'no-name' | 'no-email' | 'no-work' | 'missing-dates' | 'no-metrics' | 'no-summary' | 'too-long' | 'no-skills';
  /** One short sentence: what is missing and what to do. */
  message: string;
}

const hasMetric = /\d|\b(doubled|tripled|halved)\b/i;

export function resumeWarnings(resume: JsonResume, pages: number): ResumeWarning[] {
  const warnings: ResumeWarning[] = [];
  const add = (code: ResumeWarning['code'], message: string) => warnings.push({ code, message });
  if (!resume.basics.name) add('no-name', "I couldn't find your name at the top; put it on the first line.");
  if (!resume.basics.email) add('no-email', 'No email address found; recruiters need one way to reach you.');
  if (resume.work.length === 0) add('no-work', 'No work experience found; use a heading such as "Experience" so ATS software finds it too.');
  const undated = resume.work.filter((w) => !w.startDate);
  if (undated.length > 0) add('missing-dates', `${undated.length} role${undated.length === 1 ? ' has' : 's have'} no dates (${undated.map((w) => w.name || w.position).slice(0, 3).join(', ')}); add month and year.`);
  const bullets = resume.work.flatMap((w) => w.highlights);
  const withMetrics = bullets.filter((b) => hasMetric.test(b)).length;
  if (bullets.length >= 3 && withMetrics < bullets.length / 3) add('no-metrics', `Only ${withMetrics} of ${bullets.length} bullets have a number; add scale or results (users, %, $, time saved).`);
  if (!resume.basics.summary) add('no-summary', 'No summary; two lines on who you are and what you want help a recruiter in seconds.');
  if (resume.skills.length === 0) add('no-skills', 'No skills section found; list your tools and skills under a "Skills" heading.');
  if (pages > 2) add('too-long', `It is ${pages} pages long; one or two pages is what recruiters read.`);
  return warnings;
}

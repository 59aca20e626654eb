// The match report: how well a resume covers a job's requirements, where each matched
// requirement appears, what is missing, and the three next steps worth the most points.
//
// Score (0–100), documented for users in the README:
//   coverage of each category the JD names, weighted: hard skills 55, title 15, years 10,
//   education 5, soft skills 5, certifications 5, seniority 5 (categories the JD does not
//   mention drop out and the rest are re-weighted). The categories other than hard skills
//   count fully only from 50% hard-skill coverage (scaled by 0.25 + 1.5 × coverage below it).
//   Blended 85/15 with the similarity of the two texts' embeddings (provider embeddings, or the
//   local lexical one). Weights chosen on eval/match (npm run eval:match).
import type { JsonResume } from '../resume/json-resume.ts';
import type { RequirementCategory, Requirements } from './requirements.ts';
import { findSkills } from './skill-finder.ts';

export const categoryWeights: Record<RequirementCategory, number> = {
  hardSkills: 55,
  titles: 15,
  years: 10,
  education: 5,
  softSkills: 5,
  certifications: 5,
  seniority: 5,
};

export interface MatchedItem {
  name: string;
  /** Where the resume shows it: "Skills", "Backend Engineer II at Ledgerline Ltd", "Summary". */
  where: string[];
}

export interface CategoryResult {
  category: RequirementCategory;
  matched: MatchedItem[];
  missing: string[];
  /** 0–1. */
  coverage: number;
}

export interface MatchReport {
  score: number;
  /** 0–1 share of the score from covered requirements, before blending with similarity. */
  coverage: number;
  /** 0–1 text similarity, when it was measured. */
  similarity?: number;
  categories: CategoryResult[];
  nextSteps: string[];
}

interface Place {
  label: string;
  text: string;
}

/** The resume as labelled places, so a matched skill can say where it was found. */
function placesOf(resume: JsonResume): Place[] {
  const b = resume.basics;
  return [
    { label: 'Summary', text: [b.label, b.summary].filter(Boolean).join('. ') },
    ...resume.work.map((w) => ({ label: [w.position, w.name].filter(Boolean).join(' at '), text: [w.position, w.summary, ...w.highlights].filter(Boolean).join('. ') })),
    { label: 'Skills', text: resume.skills.map((s) => `${s.name}: ${s.keywords.join(', ')}`).join('. ') },
    ...resume.projects.map((p) => ({ label: `Project ${p.name}`, text: [p.name, p.description, ...p.highlights].filter(Boolean).join('. ') })),
    { label: 'Education', text: resume.education.map((e) => [e.studyType, e.area, e.institution].filter(Boolean).join(' ')).join('. ') },
    { label: 'Certifications', text: resume.certificates.map((c) => [c.name, c.issuer].filter(Boolean).join(' ')).join('. ') },
  ].filter((p) => p.text.trim() !== '');
}

/** Verbs that show a soft skill in action, for resumes that never name it. */
const softSkillEvidence: Record<string, RegExp> = {
  Mentoring: /\b(mentor(ed|ing)?|coach(ed|ing)|onboard(ed|ing)|trained)\b/i,
  Leadership: /\b(led|lead|leading|managed|head(ed)?)\b/i,
  Communication: /\b(present(ed|ing)?|wrote|documented|explain(ed|ing)|workshops?)\b/i,
  'Stakeholder management': /\b(stakeholders?|executives?|partnered|cross-functional)\b/i,
  Collaboration: /\b(collaborat(ed|ing|ion)|partnered|cross-functional|with (the )?\w+ teams?)\b/i,
  Ownership: /\b(owned|ownership|end-to-end|took over)\b/i,
};

export function matchResume(resume: JsonResume, requirements: Requirements, options: { similarity?: number; now?: Date } = {}): MatchReport {
  const places = placesOf(resume);
  const skillPlaces = new Map<string, string[]>();
  for (const place of places) for (const skill of findSkills(place.text)) skillPlaces.set(skill.name, [...(skillPlaces.get(skill.name) ?? []), place.label]);

  const listResult = (category: RequirementCategory, names: string[], where: (name: string) => string[]): CategoryResult => {
    const matched = names.map((name) => ({ name, where: where(name) })).filter((m) => m.where.length > 0);
    return { category, matched, missing: names.filter((n) => !matched.some((m) => m.name === n)), coverage: names.length ? matched.length / names.length : 1 };
  };

  const skillWhere = (name: string) => skillPlaces.get(name) ?? [];
  const softWhere = (name: string) => skillWhere(name).length ? skillWhere(name) : places.filter((p) => softSkillEvidence[name]?.test(p.text)).map((p) => p.label);
  const years = yearsOfExperience(resume, options.now ?? new Date());
  const categories: CategoryResult[] = [];
  if (requirements.hardSkills.length) categories.push(listResult('hardSkills', requirements.hardSkills, skillWhere));
  if (requirements.titles.length) categories.push(listResult('titles', requirements.titles, (title) => resume.work.filter((w) => titleMatches(title, w.position ?? '')).map((w) => [w.position, w.name].join(' at '))));
  if (requirements.minYears !== undefined) {
    const coverage = Math.min(1, years / requirements.minYears);
    const label = `${requirements.minYears}+ years`;
    categories.push({ category: 'years', matched: coverage >= 1 ? [{ name: label, where: [`about ${Math.round(years)} years of dated roles`] }] : [], missing: coverage >= 1 ? [] : [label], coverage });
  }
  if (requirements.education.length) categories.push(listResult('education', requirements.education, (e) => educationWhere(resume, e)));
  if (requirements.softSkills.length) categories.push(listResult('softSkills', requirements.softSkills, softWhere));
  if (requirements.certifications.length) categories.push(listResult('certifications', requirements.certifications, skillWhere));
  if (requirements.seniority) {
    const ok = seniorityRank(seniorityOfResume(resume, years)) >= seniorityRank(requirements.seniority);
    categories.push({ category: 'seniority', matched: ok ? [{ name: requirements.seniority, where: ['titles and years'] }] : [], missing: ok ? [] : [requirements.seniority], coverage: ok ? 1 : 0.5 });
  }

  const weight = categories.reduce((sum, c) => sum + categoryWeights[c.category], 0);
  // A degree and good communication do not make a sales resume fit an engineering job: the
  // other categories count fully only once a fair share of the hard skills is there.
  const hard = categories.find((c) => c.category === 'hardSkills')?.coverage ?? 1;
  const gate = Math.min(1, 0.25 + 1.5 * hard);
  const coverage = weight ? categories.reduce((sum, c) => sum + categoryWeights[c.category] * c.coverage * (c.category === 'hardSkills' ? 1 : gate), 0) / weight : 0;
  const blended = options.similarity === undefined ? coverage : 0.85 * coverage + 0.15 * options.similarity;
  return { score: Math.round(blended * 100), coverage, similarity: options.similarity, categories, nextSteps: nextSteps(categories) };
}

function titleMatches(wanted: string, position: string): boolean {
  const words = (t: string) => t.toLowerCase().replace(/\b(senior|sr|junior|jr|lead|staff|principal|ii|iii|iv)\b/g, '').split(/[^\p{L}\p{N}+#]+/u).filter((w) => w.length > 1);
  const want = words(wanted);
  const have = new Set(words(position));
  return want.length > 0 && want.filter((w) => have.has(w)).length / want.length >= 0.5;
}

const levels = ['intern', 'junior', 'mid', 'senior', 'lead', 'principal'] as const;
const seniorityRank = (level: string) => levels.indexOf(level as (typeof levels)[number]);

function seniorityOfResume(resume: JsonResume, years: number): (typeof levels)[number] {
  const titles = resume.work.map((w) => w.position ?? '').join(' ').toLowerCase();
  if (/\b(principal|staff|director|head)\b/.test(titles)) return 'principal';
  if (/\b(lead|manager)\b/.test(titles) || years >= 8) return 'lead';
  if (/\bsenior\b/.test(titles) || years >= 5) return 'senior';
  if (years >= 2) return 'mid';
  return /\bintern\b/.test(titles) ? 'intern' : 'junior';
}

/** Months covered by dated roles, overlaps counted once. */
export function yearsOfExperience(resume: JsonResume, now: Date): number {
  const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + (Number(iso.slice(5, 7)) || 1) - 1;
  const today = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const covered = new Set<number>();
  for (const w of resume.work) {
    if (!w.startDate) continue;
    for (let m = month(w.startDate); m <= (w.endDate ? month(w.endDate) : today); m++) covered.add(m);
  }
  return covered.size / 12;
}

const degreeRank: Record<string, number> = { "Bachelor's": 1, "Master's": 2, PhD: 3 };

function educationWhere(resume: JsonResume, wanted: string): string[] {
  const rankOf = (studyType: string) =>
    /ph\.?d|doctor/i.test(studyType) ? 3 : /master|m\.?sc|mba|m\.?a\b|m\.?s\b|m\.?eng|m\.?ed/i.test(studyType) ? 2 : /bachelor|b\.?sc|b\.?a\b|b\.?s\b|b\.?eng|b\.?ed|licenciatura|grado|honours/i.test(studyType) ? 1 : 0;
  return resume.education
    .filter((e) => (degreeRank[wanted] ? rankOf(e.studyType ?? '') >= degreeRank[wanted]! : `${e.area ?? ''} ${e.studyType ?? ''}`.toLowerCase().includes(wanted.toLowerCase())))
    .map((e) => [e.studyType, e.area].filter(Boolean).join(' in ') + `, ${e.institution}`);
}

const categoryNames: Record<RequirementCategory, string> = {
  hardSkills: 'skill',
  titles: 'title',
  years: 'experience',
  education: 'education',
  softSkills: 'soft skill',
  certifications: 'certification',
  seniority: 'seniority',
};

/** The three changes worth the most points, each one concrete. */
function nextSteps(categories: CategoryResult[]): string[] {
  const steps: Array<{ gain: number; text: string }> = [];
  const total = categories.reduce((sum, c) => sum + categoryWeights[c.category], 0) || 1;
  for (const c of categories) {
    const names = c.matched.length + c.missing.length || 1;
    const gain = categoryWeights[c.category] / total / names;
    if (c.category === 'hardSkills' || c.category === 'certifications') {
      // A skill shown in a bullet but missing from the Skills section is a free point for ATS.
      for (const m of c.matched) {
        if (!m.where.includes('Skills') && !m.where.includes('Certifications')) steps.push({ gain: gain * 0.5, text: `Add ${m.name} to your skills section: it's already in "${m.where[0]}".` });
      }
      for (const name of c.missing) steps.push({ gain, text: `${name} isn't in your resume. If you have used it, add where and how (one bullet is enough); if not, it's worth learning the basics.` });
    } else if (c.category === 'years' && c.missing.length) {
      steps.push({ gain: categoryWeights.years / total, text: `The job asks for ${c.missing[0]}; make every role's dates explicit and count relevant side projects or freelance work.` });
    } else if (c.category === 'titles' && c.missing.length) {
      steps.push({ gain: categoryWeights.titles / total, text: `None of your titles reads like "${c.missing[0]}"; your headline (under your name) can say it if your work matches.` });
    } else if (c.category === 'softSkills') {
      for (const name of c.missing) steps.push({ gain: gain * 0.8, text: `Show ${name.toLowerCase()} with one bullet that says what you did and what changed.` });
    } else if (c.missing.length) {
      // Degrees and seniority change slowly; they come after what the user can fix today.
      steps.push({ gain: gain * 0.2, text: `The job asks for ${categoryNames[c.category]}: ${c.missing.join(', ')}. If yours is close, name it plainly so it's found.` });
    }
  }
  return steps.sort((a, b) => b.gain - a.gain).slice(0, 3).map((s) => s.text);
}

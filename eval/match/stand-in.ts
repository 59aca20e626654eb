// A naive extractor and matcher behind `--stand-in`, to check the evaluation itself without the
// real ones: a short keyword list (a few aliases each) and plain keyword overlap. They should
// score clearly above chance on ranking and clearly below a careful human on extraction.
import type { JsonResume } from '../../core/resume/json-resume.ts';
import { emptyRequirements, type Requirements } from '../../core/optimize/requirements.ts';

type Kind = 'hardSkills' | 'certifications' | 'softSkills';

// Canonical name → lower-case spellings. Deliberately short: it knows the obvious, not the long tail.
const keywords: Array<[Kind, string, string[]]> = [
  ['hardSkills', 'Node.js', ['node.js', 'node', 'nodejs']],
  ['hardSkills', 'TypeScript', ['typescript']],
  ['hardSkills', 'Go', ['golang', ' go ']],
  ['hardSkills', 'PostgreSQL', ['postgresql', 'postgres']],
  ['hardSkills', 'Kafka', ['kafka']],
  ['hardSkills', 'Redis', ['redis']],
  ['hardSkills', 'Docker', ['docker']],
  ['hardSkills', 'Kubernetes', ['kubernetes', 'k8s']],
  ['hardSkills', 'Terraform', ['terraform']],
  ['hardSkills', 'CI/CD', ['ci/cd']],
  ['hardSkills', 'Amazon Web Services', ['aws', 'amazon web services']],
  ['hardSkills', 'Python', ['python']],
  ['hardSkills', 'SQL', ['sql']],
  ['hardSkills', 'Figma', ['figma']],
  ['hardSkills', 'Accessibility', ['accessibility', 'wcag']],
  ['hardSkills', 'User research', ['user research']],
  ['hardSkills', 'Usability testing', ['usability testing']],
  ['hardSkills', 'Prototyping', ['prototyp']],
  ['hardSkills', 'A/B testing', ['a/b test']],
  ['hardSkills', 'Looker', ['looker']],
  ['hardSkills', 'Tableau', ['tableau']],
  ['hardSkills', 'Statistics', ['statistic']],
  ['hardSkills', 'Salesforce', ['salesforce']],
  ['hardSkills', 'MEDDICC', ['meddicc', 'meddpicc']],
  ['hardSkills', 'Negotiation', ['negotiat']],
  ['hardSkills', 'Forecasting', ['forecast']],
  ['certifications', 'Certified Kubernetes Administrator (CKA)', ['cka']],
  ['softSkills', 'Communication', ['communicat']],
  ['softSkills', 'Collaboration', ['collaborat']],
  ['softSkills', 'Ownership', ['ownership']],
  ['softSkills', 'Mentoring', ['mentor']],
  ['softSkills', 'Stakeholder management', ['stakeholder']],
];

const spellings = new Map(keywords.map(([, name, aliases]) => [name, aliases]));
const mentions = (text: string, name: string) => (spellings.get(name) ?? [name.toLowerCase()]).some((a) => ` ${text.toLowerCase()} `.includes(a));

export function standInExtract(jd: string): Requirements {
  const r = emptyRequirements();
  for (const [kind, name] of keywords) if (mentions(jd, name)) r[kind].push(name);
  const title = jd.match(/^#\s*(.+)$/m)?.[1]?.trim();
  if (title) r.titles.push(title.replace(/^(senior|junior|lead|principal)\s+/i, '').replace(/\s*[,(].*$/, ''));
  r.seniority = /^#.*\bsenior\b/im.test(jd) ? 'senior' : undefined;
  const years = jd.match(/(\d+)\+\s*years/);
  r.minYears = years ? Number(years[1]) : undefined;
  if (/bachelor/i.test(jd)) r.education.push("Bachelor's");
  return r;
}

/** Share of the named requirements that appear anywhere in the resume, as 0–100. */
export function standInMatch(resume: JsonResume, requirements: Requirements): { score: number } {
  const text = JSON.stringify(resume);
  const names = [...requirements.hardSkills, ...requirements.titles, ...requirements.certifications, ...requirements.softSkills];
  const found = names.filter((n) => mentions(text, n)).length;
  return { score: names.length ? Math.round((100 * found) / names.length) : 0 };
}

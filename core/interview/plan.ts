// The question plan of one interview: the user's own bullets probed first ("walk me through how
// you cut latency by 40%"), then the job's key skill, then the bank by competency or role
// family. The same inputs give the same plan, so a restarted process asks the same questions.
// Questions are written in the reply language when planned, and stored as asked.
import { createHash } from 'node:crypto';
import type { Requirements } from '../optimize/requirements.ts';
import { resumeAsText } from '../optimize/run-optimization.ts';
import { findSkills } from '../optimize/skill-finder.ts';
import type { JsonResume } from '../resume/json-resume.ts';
import { questionBank, roleFamily, type BankQuestion, type Level } from './question-bank.ts';
import { questionBankEs } from './question-bank-es.ts';
import { say } from '../language/current.ts';

export type InterviewKind = 'behavioral' | 'technical' | 'mixed';

export interface InterviewOptions {
  role: string;
  kind: InterviewKind;
  level: Level;
  company?: string;
  /** Questions in all; 5 by default. */
  count?: number;
}

export interface PlannedQuestion {
  text: string;
  /** Competency or role family; "resume" and "job" questions name what they probe. */
  competency: string;
  source: 'resume' | 'job' | 'bank';
  /** What a strong answer holds at this level, a follow-up and a hint. */
  strongAnswer: string;
  followUp: string;
  hint: string;
}

const hasMetric = /\d/;

/** A deterministic order for a seed, so plans are stable yet differ between sessions. */
function shuffled<T>(items: T[], seed: string): T[] {
  const rank = (item: T, i: number) => createHash('sha256').update(`${seed}:${i}:${JSON.stringify(item)}`).digest().readUInt32BE(0);
  return items.map((item, i) => ({ item, r: rank(item, i) })).sort((a, b) => a.r - b.r).map(({ item }) => item);
}

/** `rewritten`: bullets the user accepted from /optimize, probed first (they will be asked about them). */
export function planInterview(options: InterviewOptions, seed: string, resume?: JsonResume, requirements?: Requirements, rewritten: string[] = []): PlannedQuestion[] {
  const count = options.count ?? 5;
  const plan: PlannedQuestion[] = [];
  // The user's strongest bullet: real, specific, and theirs to explain; a rewritten one first.
  const bullets = resume?.work.flatMap((w) => w.highlights.map((h) => ({ h, w }))) ?? [];
  const bullet = bullets.find(({ h }) => rewritten.includes(h)) ?? bullets.find(({ h }) => hasMetric.test(h));
  if (bullet && options.kind !== 'technical') {
    plan.push({
      text: say({
        en: `Walk me through this from your time at ${bullet.w.name}: "${bullet.h}". What was your part, and how did you measure the result?`,
        es: `Cuéntame paso a paso esto de tu etapa en ${bullet.w.name}: "${bullet.h}". ¿Cuál fue tu parte y cómo mediste el resultado?`,
      }),
      competency: 'ownership',
      source: 'resume',
      strongAnswer: 'The situation and the goal, the steps you personally took, how you measured the result, and what you would do differently.',
      followUp: 'What was the hardest decision along the way, and who disagreed with it?',
      hint: say({
        en: 'Start with why it mattered, then your own steps (say "I"), then the number and how you got it.',
        es: 'Empieza por por qué importaba, luego tus propios pasos (habla en primera persona, "yo") y después la cifra y cómo la obtuviste.',
      }),
    });
  }
  const shown = new Set(resume ? findSkills(resumeAsText(resume)).map((f) => f.name) : []);
  const skill = requirements?.hardSkills.find((s) => shown.has(s));
  if (skill && options.kind !== 'behavioral') {
    plan.push({
      text: say({
        en: `This role relies on ${skill}. Tell me about the most demanding thing you have built or run with it, and what you would do differently now.`,
        es: `Este puesto depende de ${skill}. Cuéntame lo más exigente que hayas construido o gestionado con ${skill} y qué harías diferente hoy.`,
      }),
      competency: skill,
      source: 'job',
      strongAnswer: `A concrete project with ${skill}: the constraints, your design choices and their trade-offs, a result, and a lesson that shows depth.`,
      followUp: `What broke or surprised you with ${skill}, and how did you find out?`,
      hint: say({
        en: `Pick your biggest ${skill} project; cover the problem, one key decision, and the outcome.`,
        es: `Elige tu mayor proyecto con ${skill}; cuenta el problema, una decisión clave y el resultado.`,
      }),
    });
  }
  const family = roleFamily(options.role);
  const behavioral = shuffled(questionBank().filter((q) => q.kind === 'behavioral'), seed);
  const technical = shuffled(questionBank().filter((q) => q.kind === 'technical' && q.topic === family), seed);
  const pools = options.kind === 'behavioral' ? [behavioral] : options.kind === 'technical' ? [technical, behavioral] : [behavioral, technical];
  const usedTopics = new Set<string>();
  for (let i = 0; plan.length < count && pools.some((p) => p.length > 0); i++) {
    const pool = options.kind === 'mixed' ? pools[i % 2]! : pools.find((p) => p.length > 0)!;
    const next = pool.findIndex((q) => q.kind === 'technical' || !usedTopics.has(q.topic));
    const [question] = pool.splice(next >= 0 ? next : 0, 1);
    if (!question) continue;
    usedTopics.add(question.topic);
    plan.push(fromBank(question, options.level));
  }
  return plan.slice(0, count);
}

function fromBank(q: BankQuestion, level: Level): PlannedQuestion {
  // A question without a Spanish version is asked in English rather than not at all.
  const shown = say({ en: q, es: questionBankEs[q.text] ?? q });
  return { text: shown.text, competency: q.topic, source: 'bank', strongAnswer: q.strongAnswer[level], followUp: q.followUp, hint: shown.hint };
}

// Rewrites for the weakest bullets. With AI: the model rewrites for action, scope and impact,
// and the grounding checker drops any rewrite that adds a fact. Offline: a labelled template
// that shows the pattern in the user's own words (a stronger opening verb), and a question
// for the number the bullet lacks. Neither ever invents a number.
import { z } from 'zod';
import type { AiGateway } from '../ai/gateway.ts';
import { AiUnavailableError } from '../ai/errors.ts';
import type { JsonResume } from '../resume/json-resume.ts';
import { checkRewrite } from './grounding-check.ts';
import type { RewriteSuggestion } from './optimization.ts';
import type { Requirements } from './requirements.ts';

const hasMetric = /\d|\b(doubled|tripled|halved)\b/i;
const responsibleFor = String.raw`^(?:was |i was )?responsible for`;
const weakOpeners: Array<[RegExp, string]> = [
  ...Object.entries({ managing: 'Managed', running: 'Ran', leading: 'Led', building: 'Built', maintaining: 'Maintained', handling: 'Handled' }).map(
    ([gerund, verb]): [RegExp, string] => [new RegExp(`${responsibleFor} ${gerund}\\b`, 'i'), verb],
  ),
  [new RegExp(`${responsibleFor}\\b`, 'i'), 'Owned'],
  [/^(?:was |i was )?(?:involved in|part of)\b/i, 'Contributed to'],
  [/^worked on\b/i, 'Built'],
  [/^helped (?:to )?\b/i, 'Helped '],
  [/^participated in\b/i, 'Contributed to'],
  [/^duties included\b/i, 'Handled'],
  [/^tasked with\b/i, 'Delivered'],
];

interface Bullet {
  workIndex: number;
  bulletIndex: number;
  text: string;
}

/** The bullets that gain most from a rewrite: no number, a weak opening, few words. */
export function weakestBullets(resume: JsonResume, count = 3): Bullet[] {
  const bullets = resume.work.flatMap((w, workIndex) => w.highlights.map((text, bulletIndex) => ({ workIndex, bulletIndex, text })));
  const weakness = (b: Bullet) => (hasMetric.test(b.text) ? 0 : 2) + (weakOpeners.some(([p]) => p.test(b.text)) ? 2 : 0) + (b.text.split(/\s+/).length < 8 ? 1 : 0);
  return bullets
    .map((b) => ({ b, w: weakness(b) }))
    .filter(({ w }) => w > 0)
    .sort((a, b) => b.w - a.w || a.b.workIndex - b.b.workIndex)
    .slice(0, count)
    .map(({ b }) => b);
}

/** A question for the number a bullet lacks, fitted to what it is about. */
export function metricQuestion(bullet: string): string | undefined {
  if (hasMetric.test(bullet)) return undefined;
  if (/\b(users?|customers?|clients?|patients?|students?|visitors?)\b/i.test(bullet)) return 'Roughly how many people did this reach?';
  if (/\b(faster|latency|speed|time|slow|performance|automat)/i.test(bullet)) return 'Roughly how much time did it save, or how much faster did it get?';
  if (/\b(sales|revenue|deals?|budget|costs?|spend|savings?)\b/i.test(bullet)) return 'Roughly how much money was involved, or saved?';
  if (/\b(team|mentor|led|managed|hired|trained)\b/i.test(bullet)) return 'How many people were on the team, or did you train?';
  return 'What changed because of it? A number helps (time, money, users, errors).';
}

function templateRewrite(bullet: Bullet): RewriteSuggestion | undefined {
  let rewrite = bullet.text.trim();
  for (const [pattern, verb] of weakOpeners) {
    if (pattern.test(rewrite)) {
      rewrite = rewrite.replace(pattern, verb).replace(/\s+/g, ' ').trim();
      break;
    }
  }
  rewrite = rewrite.charAt(0).toUpperCase() + rewrite.slice(1);
  const askForMetric = metricQuestion(bullet.text);
  if (rewrite === bullet.text.trim() && !askForMetric) return undefined;
  return suggestion(bullet, rewrite, 'template', askForMetric);
}

function suggestion(bullet: Bullet, rewrite: string, source: RewriteSuggestion['source'], askForMetric: string | undefined): RewriteSuggestion {
  return { workIndex: bullet.workIndex, bulletIndex: bullet.bulletIndex, original: bullet.text, rewrite, source, askForMetric, status: 'pending' };
}

const aiRewritesSchema = z.object({
  rewrites: z.array(z.object({ index: z.number().int(), rewrite: z.string(), askForMetric: z.string().describe('a short question for a missing number, or ""') })),
});

export async function suggestRewrites(resume: JsonResume, requirements: Requirements, ai: { gateway: AiGateway; userId: string } | undefined): Promise<RewriteSuggestion[]> {
  const bullets = weakestBullets(resume);
  const templates = () => bullets.flatMap((b) => templateRewrite(b) ?? []);
  if (!ai?.gateway.available || bullets.length === 0) return templates();
  const source = JSON.stringify(resume);
  try {
    const answer = await ai.gateway.structured({ task: 'extract', userId: ai.userId }, aiRewritesSchema, [
      {
        role: 'system',
        content:
          'Rewrite each resume bullet to lead with a strong action verb and show scope and impact, for the job whose requirements are given. ' +
          'Use ONLY facts in the bullet and the resume: never add a number, tool, employer or skill. When a number would help and none exists, ' +
          'keep the bullet without it and ask for it in askForMetric ("roughly how many users?").',
      },
      { role: 'user', content: JSON.stringify({ requirements: requirements.hardSkills, resume, bullets: bullets.map((b, index) => ({ index, text: b.text })) }) },
    ]);
    return bullets.flatMap((bullet, index): RewriteSuggestion[] => {
      const proposal = answer.rewrites.find((r) => r.index === index);
      // A rewrite that adds a fact is not shown; the template (the user's own words) stands in.
      if (!proposal || !checkRewrite(proposal.rewrite, source).ok) return [templateRewrite(bullet) ?? []].flat();
      return [suggestion(bullet, proposal.rewrite, 'ai', proposal.askForMetric || metricQuestion(proposal.rewrite))];
    });
  } catch (error) {
    if (error instanceof AiUnavailableError) return templates();
    throw error;
  }
}

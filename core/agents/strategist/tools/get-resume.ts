// get_resume: the facts of the user's newest parsed resume, compact enough for a prompt;
// undefined when there is none (callers word that for the model or for the user).
import type { TurnContext } from '../turn.ts';

export async function resumeFacts({ store, userId }: Pick<TurnContext, 'store' | 'userId'>): Promise<string | undefined> {
  const resume = await store.resumes.parsedVersion(userId);
  if (!resume) return undefined;
  const r = resume.parsed;
  const b = r.basics;
  const lines = [`Resume version ${resume.version}: ${b.name ?? 'name not found'}${b.label ? `, ${b.label}` : ''}`];
  if (b.summary) lines.push(`Summary: ${b.summary}`);
  for (const w of r.work.slice(0, 5)) {
    lines.push(`- ${[w.position, w.name].filter(Boolean).join(' at ')} (${w.startDate ?? '?'} to ${w.endDate ?? 'now'})`);
    for (const h of w.highlights.slice(0, 4)) lines.push(`  • ${h}`);
  }
  const skills = r.skills.flatMap((s) => s.keywords);
  if (skills.length) lines.push(`Skills: ${skills.slice(0, 25).join(', ')}`);
  if (r.education.length) lines.push(`Education: ${r.education.map((e) => [e.studyType, e.area, e.institution].filter(Boolean).join(' ')).join('; ')}`);
  return lines.join('\n');
}

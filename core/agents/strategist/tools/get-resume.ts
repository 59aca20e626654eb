// get_resume: the facts of the user's newest parsed resume, compact enough for a prompt;
// undefined when there is none (callers word that for the model or for the user).
import type { TurnContext } from '../turn.ts';
import { say } from '../../../language/current.ts';

export async function resumeFacts({ store, userId }: Pick<TurnContext, 'store' | 'userId'>): Promise<string | undefined> {
  const resume = await store.resumes.parsedVersion(userId);
  if (!resume) return undefined;
  const r = resume.parsed;
  const b = r.basics;
  const w = words();
  const lines = [`${w.version} ${resume.version}: ${b.name ?? w.noName}${b.label ? `, ${b.label}` : ''}`];
  if (b.summary) lines.push(`${w.summary}: ${b.summary}`);
  for (const job of r.work.slice(0, 5)) {
    lines.push(`- ${[job.position, job.name].filter(Boolean).join(w.at)} (${job.startDate ?? '?'} ${w.to} ${job.endDate ?? w.now})`);
    for (const h of job.highlights.slice(0, 4)) lines.push(`  • ${h}`);
  }
  const skills = r.skills.flatMap((s) => s.keywords);
  if (skills.length) lines.push(`${w.skills}: ${skills.slice(0, 25).join(', ')}`);
  if (r.education.length) lines.push(`${w.education}: ${r.education.map((e) => [e.studyType, e.area, e.institution].filter(Boolean).join(' ')).join('; ')}`);
  return lines.join('\n');
}

/** The labels around the resume's own words, in the reply language (the facts stay as written). */
const words = () =>
  say({
    en: { version: 'Resume version', noName: 'name not found', summary: 'Summary', at: ' at ', to: 'to', now: 'now', skills: 'Skills', education: 'Education' },
    es: { version: 'Versión del currículum', noName: 'nombre no encontrado', summary: 'Resumen', at: ' en ', to: 'a', now: 'hoy', skills: 'Habilidades', education: 'Formación' },
  });

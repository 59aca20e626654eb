// get_latest_match: the newest /optimize result: the job, the score, what matched and what is
// missing. 'none' and 'pending' are worded by the caller, for the model or for the user.
import type { TurnContext } from '../turn.ts';
import { say } from '../../../language/current.ts';

export async function latestMatch({ store, userId }: Pick<TurnContext, 'store' | 'userId'>): Promise<string | 'none' | 'pending'> {
  const optimization = await store.optimizations.latestFor(userId);
  if (!optimization) return 'none';
  if (optimization.status !== 'done' || !optimization.report) return 'pending';
  const { report, requirements } = optimization;
  const job = requirements?.displayTitle ?? requirements?.titles[0] ?? say({ en: 'the job', es: 'el puesto' });
  const matched = report.categories.flatMap((c) => c.matched.map((m) => m.name));
  const missing = report.categories.flatMap((c) => c.missing);
  return [
    say({ en: `Latest match: ${job}, score ${report.score}/100.`, es: `Última comparación: ${job}, puntuación ${report.score}/100.` }),
    `${say({ en: 'Matched', es: 'Coincide' })}: ${matched.slice(0, 15).join(', ') || say({ en: 'nothing', es: 'nada' })}.`,
    `${say({ en: 'Missing', es: 'Falta' })}: ${missing.slice(0, 15).join(', ') || say({ en: 'nothing', es: 'nada' })}.`,
    `${say({ en: 'Next steps', es: 'Siguientes pasos' })}: ${report.nextSteps.join(' ')}`,
  ].join('\n');
}

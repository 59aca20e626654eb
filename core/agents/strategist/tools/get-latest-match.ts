// get_latest_match: the newest /optimize result: the job, the score, what matched and what is
// missing. 'none' and 'pending' are worded by the caller, for the model or for the user.
import type { TurnContext } from '../turn.ts';

export async function latestMatch({ store, userId }: Pick<TurnContext, 'store' | 'userId'>): Promise<string | 'none' | 'pending'> {
  const optimization = await store.optimizations.latestFor(userId);
  if (!optimization) return 'none';
  if (optimization.status !== 'done' || !optimization.report) return 'pending';
  const { report, requirements } = optimization;
  const job = requirements?.displayTitle ?? requirements?.titles[0] ?? 'the job';
  const matched = report.categories.flatMap((c) => c.matched.map((m) => m.name));
  const missing = report.categories.flatMap((c) => c.missing);
  return [
    `Latest match: ${job}, score ${report.score}/100.`,
    `Matched: ${matched.slice(0, 15).join(', ') || 'nothing'}.`,
    `Missing: ${missing.slice(0, 15).join(', ') || 'nothing'}.`,
    `Next steps: ${report.nextSteps.join(' ')}`,
  ].join('\n');
}

// get_latest_match: the newest /optimize result: the job, the score, what matched and what is missing.
import type { TurnContext } from '../turn.ts';

export async function latestMatch({ store, userId }: Pick<TurnContext, 'store' | 'userId'>): Promise<string> {
  const optimization = await store.optimizations.latestFor(userId);
  if (!optimization) return 'The user has not matched their resume to a job yet. /optimize with a job description does that.';
  if (optimization.status !== 'done' || !optimization.report) return 'A match is still being worked out, or it failed; /optimize runs it again.';
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

// `npm run eval:interview`: how well the STAR rubric separates weak, ok and strong answers to the
// same question (eval/interview/answers.json, written by people, not tuned to the rubric).
// Scores are printed, never asserted: the exit code is 0 unless this script itself fails.
//   --ai       score with the AI coach (needs a provider key) instead of the offline rule rubric
//   --verbose  every answer's per-criterion scores and the evidence quoted for them
import { parseArgs } from 'node:util';
import { rubricCriteria, type AnswerEvaluation, type Coach } from '../core/coach/coach.ts';
import { createOfflineCoach } from '../core/coach/offline-coach.ts';
import { parseConfig } from '../core/config.ts';
import { overallOf } from '../core/interview/report.ts';
import { levels, loadItems, type Item, type Level } from '../eval/interview/data.ts';
import { criterionMeans, fullyOrdered, maxDrift, ordering, overalls, type ScoredItem } from '../eval/interview/metrics.ts';
import { fixed, grid } from '../eval/match/report.ts';

const { values: args } = parseArgs({ options: { ai: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } } });

async function pickCoach(): Promise<{ coach: Coach; name: string } | undefined> {
  if (!args.ai) return { coach: createOfflineCoach(), name: 'offline rule rubric' };
  const config = parseConfig(process.env);
  if (!config.ai.configured) return undefined;
  // Imported only here, so the offline run never loads the model SDKs.
  const { createEvalAiCoach } = await import('../eval/interview/ai-coach.ts');
  return { coach: createEvalAiCoach(config), name: `AI coach (${config.ai.providers.map((p) => p.name).join(', ')})` };
}

/** Runs jobs a few at a time: AI calls are slow one by one, and providers rate-limit bursts. */
async function inBatches<T>(jobs: Array<() => Promise<T>>, width: number): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
  return results;
}

async function scoreAll(coach: Coach, items: Item[]): Promise<ScoredItem[]> {
  // The gateway caches 'evaluate' per user, so the second pass runs as another user: otherwise
  // the AI stability figure would only measure the cache.
  const passes = ['eval-interview-pass-1', 'eval-interview-pass-2'];
  const jobs = passes.flatMap((userId) => items.flatMap((item) => levels.map((level) => () => coach.evaluateAnswer(userId, item.question, item.answers[level]))));
  const results = await inBatches(jobs, coach.mode === 'ai' ? 4 : 1);
  const perPass = items.length * levels.length;
  const pick = (pass: number, i: number) => Object.fromEntries(levels.map((level, l) => [level, results[pass * perPass + i * levels.length + l]!])) as Record<Level, AnswerEvaluation>;
  return items.map((item, i) => ({ id: item.id, first: pick(0, i), second: pick(1, i) }));
}

const percent = (n: number, of: number) => `${of ? Math.round((100 * n) / of) : 0}%`;
// The mark column is empty on most rows; grid pads it, so trailing spaces are trimmed.
const table = (rows: string[][]) => grid(rows).split('\n').map((line) => line.trimEnd()).join('\n');

function detail(item: ScoredItem): string {
  return levels
    .map((level) => {
      const e = item.first[level];
      const lines = rubricCriteria.map((c) => `    ${c.padEnd(9)} ${e[c].score}  ${e[c].evidence ? `"${e[c].evidence}"` : '-'}`);
      return [`  ${level} (overall ${fixed(overallOf(e), 1)})`, ...lines].join('\n');
    })
    .join('\n');
}

try {
  const picked = await pickCoach();
  if (!picked) {
    console.log('--ai needs a provider key (OPENAI_API_KEY, QWEN_API_KEY, DEEPSEEK_API_KEY or GEMINI_API_KEY); nothing was scored.');
    process.exit(0);
  }
  const items = loadItems();
  const scored = await scoreAll(picked.coach, items);

  console.log(`Interview answers scored by the ${picked.name}: ${items.length} questions × weak/ok/strong, overall = mean of ${rubricCriteria.length} criteria (1-5)`);
  console.log(
    table([
      ['question', 'weak', 'ok', 'strong', ''],
      ...scored.map((item) => {
        const o = overalls(item);
        return [item.id, fixed(o.weak, 1), fixed(o.ok, 1), fixed(o.strong, 1), fullyOrdered(o) ? '' : '!'];
      }),
    ]),
  );
  console.log('! = not ordered weak < ok < strong (a tie counts as misordered)');
  if (args.verbose) for (const item of scored) console.log(`${item.id}\n${detail(item)}`);

  const o = ordering(scored);
  console.log(
    `\nOrdering: ${o.fullyOrdered}/${o.questions} questions fully ordered (${percent(o.fullyOrdered, o.questions)}); ` +
      `${o.pairsCorrect}/${o.pairs} pairs correct (${percent(o.pairsCorrect, o.pairs)}), ${o.pairsTied} tied`,
  );
  console.log(`  by pair: ${o.byPair.map((p) => `${p.pair} ${p.correct}/${o.questions}`).join(', ')}`);
  const drift = maxDrift(scored);
  console.log(`Stability: every answer scored twice, largest overall difference ${fixed(drift)}${drift === 0 ? ' (identical)' : ''}`);

  console.log('\nMean score per criterion');
  console.log(table([['criterion', ...levels], ...criterionMeans(scored).map((m) => [m.criterion, ...levels.map((l) => fixed(m.means[l], 1))])]));
  process.exit(0);
} catch (error) {
  console.error(`eval:interview: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

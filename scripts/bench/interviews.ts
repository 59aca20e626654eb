// Mock interviews under load: the per-turn overhead (an answer in → the next question out) with
// 200 interviews at once, the AI judge and interviewer answering instantly from a loopback fake,
// and the memory 1,000 active sessions cost. The runtime is the embedded default (PGlite,
// in-process jobs), driven through a recording adapter so only IntervAI's own work is timed.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createTempDatabase } from '../../test-helpers/postgres.ts';
import { createRuntime, type Runtime } from '../../app/runtime.ts';
import { rubricCriteria } from '../../core/coach/coach.ts';
import { parseConfig } from '../../core/config.ts';
import { silentLogger } from '../../core/ports/logger.ts';
import { createInProcessQueue } from '../../core/queue/in-process-queue.ts';
import { FakeOpenAI, type ChatRequest } from '../../test-helpers/fake-openai.ts';
import { createRecordingAdapter } from '../../test-helpers/recording-adapter.ts';
import { createTempDir } from '../../test-helpers/temp-dir.ts';

const percentile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;
const answer = 'At my last company releases took two days. I was responsible for the pipeline, so I measured each step and I automated the checks. As a result releases took 40 minutes.';

/** The judge gets a rubric, the interviewer always moves on: every turn is a full turn. */
function instantModel(request: ChatRequest): string {
  const system = String(request.messages[0]?.content ?? '');
  if (/score one interview answer/.test(system)) return JSON.stringify(Object.fromEntries(rubricCriteria.map((c) => [c, { score: 3, evidence: '', improvement: 'x' }])));
  return JSON.stringify({ decision: 'next_question', reason: 'complete', followUp: '' });
}

async function withRuntime<T>(env: Record<string, string>, work: (runtime: Runtime, chat: ReturnType<typeof createRecordingAdapter>) => Promise<T>): Promise<T> {
  const dir = await createTempDir('intervai-bench-interviews-');
  const chat = createRecordingAdapter();
  const runtime = await createRuntime(parseConfig({ DATA_DIR: dir.path, RATE_LIMIT_PER_MINUTE: '100000', ...env }), {
    role: 'all',
    logger: silentLogger,
    adapters: [chat.adapter],
    queue: (store) => createInProcessQueue({ journal: store.jobJournal('server') }),
  });
  await runtime.start();
  try {
    return await work(runtime, chat);
  } finally {
    await runtime.close();
    await dir.remove();
  }
}

async function turnOverhead(interviews: number, turns: number, databaseUrl?: string) {
  const provider = new FakeOpenAI();
  provider.defaultReply = instantModel;
  await provider.start();
  try {
    const env: Record<string, string> = { OPENAI_API_KEY: provider.apiKey, OPENAI_BASE_URL: provider.baseUrl, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
    await withRuntime(env, async (runtime, chat) => {
      const users = Array.from({ length: interviews }, (_, i) => `bench${i}`);
      await Promise.all(users.map((u) => chat.say(u, '/interview backend behavioral mid')));
      const times: number[] = [];
      await Promise.all(
        users.map(async (u) => {
          for (let t = 0; t < turns; t++) {
            const started = performance.now();
            await chat.say(u, answer); // resolves once the next question has been sent
            times.push(performance.now() - started);
          }
        }),
      );
      await runtime.queue.waitUntilIdle();
      console.log(`turn, ${interviews} interviews at once, ${databaseUrl ? 'Postgres' : 'embedded'}`.padEnd(58), `p50 ${percentile(times, 0.5).toFixed(1)} ms, p99 ${percentile(times, 0.99).toFixed(1)} ms over ${times.length} turns`);
    });
  } finally {
    await provider.stop();
  }
}

/** Memory in a fresh process of its own (node --expose-gc), so nothing else is counted. */
async function sessionMemory(sessions: number, databaseUrl: string | undefined, label: string) {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'scripts/bench/interview-memory.ts', String(sessions)], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    encoding: 'utf8',
  });
  const figures = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { started?: number; withSessions?: number };
  if (figures.withSessions === undefined) return console.log(`${label}: the measuring process failed: ${child.stderr.slice(0, 300)}`);
  const met = figures.withSessions < 200 ? 'met' : 'not met';
  console.log(`${sessions} active interviews, ${label}`.padEnd(58), `RSS ${figures.withSessions} MB (${figures.started} MB before them); target < 200 MB: ${met}`);
}

export async function benchInterviews(): Promise<void> {
  console.log('\nMock interviews:');
  const database = await createTempDatabase();
  try {
    await sessionMemory(1000, database.url, 'Postgres (the process alone)');
    await sessionMemory(1000, undefined, 'embedded (PGlite runs in this process)');
    // Every user answers the moment the next question arrives: a burst, so p99 is capacity.
    console.log('An answer in → the next question out; the AI judge and interviewer are a loopback fake answering at once:');
    await turnOverhead(200, 3);
    await turnOverhead(200, 3, database.url);
  } finally {
    await database.drop();
  }
}

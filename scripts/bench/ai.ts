// The AI layer's own cost: a call through the gateway (routing, LangChain, usage row, cache
// lookup) against the same call made directly with the openai SDK to the same fake provider;
// and, for a streamed answer in the playground, the delay from the provider's first token to
// the first edit reaching the user's tab.
import { performance } from 'node:perf_hooks';
import OpenAI from 'openai';
import { serve } from '../../app/serve.ts';
import { parseConfig } from '../../core/config.ts';
import { createAiGateway } from '../../core/ai/gateway.ts';
import { createMemoryAiCache } from '../../core/ai/memory-cache.ts';
import { silentLogger } from '../../core/ports/logger.ts';
import { openStore } from '../../db/store.ts';
import { FakeOpenAI } from '../../test-helpers/fake-openai.ts';
import { PlaygroundClient } from '../../test-helpers/playground-client.ts';
import { createTempDir } from '../../test-helpers/temp-dir.ts';

const percentile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;

/** Times two ways of making the same call, alternating them so drift (JIT, GC, heat) hits both alike. */
async function timeSideBySide(calls: number, first: () => Promise<unknown>, second: () => Promise<unknown>): Promise<[number[], number[]]> {
  for (let i = 0; i < 300; i++) await (i % 2 ? second : first)(); // warm-up: connections and JIT
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < 2 * calls; i++) {
    const started = performance.now();
    await (i % 2 ? second : first)();
    times[i % 2]!.push(performance.now() - started);
  }
  return times;
}

async function overhead(calls: number, providerDelayMs: number) {
  const provider = new FakeOpenAI();
  await provider.start();
  provider.delayMs = providerDelayMs;
  const dir = await createTempDir('intervai-bench-ai-');
  const store = await openStore({ kind: 'pglite', dataDir: dir.path });
  try {
    const messages = [{ role: 'user' as const, content: 'Give me one interview tip.' }];
    const direct = new OpenAI({ apiKey: provider.apiKey, baseURL: provider.baseUrl, maxRetries: 0 });
    const config = parseConfig({ OPENAI_API_KEY: provider.apiKey, OPENAI_BASE_URL: provider.baseUrl }).ai;
    const gateway = createAiGateway({ config, usage: store.usage, cache: createMemoryAiCache(), logger: silentLogger });
    const [bare, ours] = await timeSideBySide(
      calls,
      () => direct.chat.completions.create({ model: 'gpt-4.1-mini', messages }),
      () => gateway.complete({ task: 'chat', userId: null }, messages),
    );
    const [b, o] = [percentile(bare, 0.5), percentile(ours, 0.5)];
    const met = o / b <= 1.1 ? 'met' : 'not met';
    console.log(`AI call, provider answering in ${providerDelayMs} ms`.padEnd(44), `direct SDK p50 ${b.toFixed(2)} ms, gateway p50 ${o.toFixed(2)} ms: ${(o / b).toFixed(2)}x (+${(o - b).toFixed(2)} ms); target ≤ 1.1x: ${met}`);
  } finally {
    await store.close();
    await provider.stop();
    await dir.remove();
  }
}

async function firstTokenToFirstEdit(answers: number) {
  const provider = new FakeOpenAI();
  await provider.start();
  provider.chunkDelayMs = 5;
  const dir = await createTempDir('intervai-bench-ai-');
  const served = await serve(parseConfig({ DATA_DIR: dir.path, PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000', OPENAI_API_KEY: provider.apiKey, OPENAI_BASE_URL: provider.baseUrl }), 'all');
  try {
    const client = new PlaygroundClient(served.url, 'Bench');
    await client.connect();
    await client.say('/start');
    await client.waitFor((e) => e.text.startsWith('Hi '));
    const delays: number[] = [];
    for (let i = 0; i < answers; i++) {
      const seen = client.events.length;
      await client.say(`tip number ${i}?`);
      const placeholder = await client.waitFor((e) => client.events.indexOf(e) >= seen && e.text.startsWith('💭'));
      await client.waitFor((e) => e.id === placeholder.id && e.event === 'edit');
      delays.push(performance.now() - provider.firstContentAt);
      await client.waitFor((e) => e.id === placeholder.id && e.event === 'edit' && !e.text.endsWith('▍'));
    }
    const p50 = percentile(delays, 0.5);
    const p99 = percentile(delays, 0.99);
    console.log('streamed answer, first token → first edit'.padEnd(44), `p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (seen in the tab); target ≤ 20 ms: ${p50 <= 20 ? 'met' : 'not met'}`);
  } finally {
    await served.stop();
    await provider.stop();
    await dir.remove();
  }
}

export async function benchAi(calls = 300): Promise<void> {
  await overhead(calls, 0);
  await overhead(Math.min(calls, 100), 50);
  await firstTokenToFirstEdit(30);
}

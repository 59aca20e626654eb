// The AI gateway through the real LangChain/openai clients against two loopback fake providers,
// with usage written to real Postgres (PGlite).
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { HumanMessage } from '@langchain/core/messages';
import { z } from 'zod';
import { openStore } from '../../db/store.ts';
import { FakeOpenAI } from '../../test-helpers/fake-openai.ts';
import { createTempDir } from '../../test-helpers/temp-dir.ts';
import { parseConfig } from '../config.ts';
import { silentLogger } from '../ports/logger.ts';
import type { Store, UsageRow } from '../ports/store.ts';
import { AiUnavailableError } from './errors.ts';
import { createAiGateway, type AiGateway } from './gateway.ts';
import { lexicalModelName } from './lexical-embedding.ts';
import { createMemoryAiCache } from './memory-cache.ts';

const skills = z.object({ skills: z.array(z.string()), years: z.number() });

describe('AI gateway', () => {
  let dir: Awaited<ReturnType<typeof createTempDir>>;
  let store: Store;
  let cheap: FakeOpenAI; // qwen-turbo: the cheapest cheap-tier model
  let pricier: FakeOpenAI; // openai gpt-4o-mini
  let userId: string;
  let gateway: AiGateway;
  let attempts: UsageRow[];
  let lookups: boolean[];

  before(async () => {
    dir = await createTempDir();
    store = await openStore({ kind: 'pglite', dataDir: dir.path });
    cheap = new FakeOpenAI();
    pricier = new FakeOpenAI();
    await Promise.all([cheap.start(), pricier.start()]);
  });
  after(async () => {
    await Promise.all([cheap.stop(), pricier.stop()]);
    await store.close();
    await dir.remove();
  });
  beforeEach(async () => {
    const conversation = await store.conversations.open(`web:ai${Math.random()}:`, { platform: 'web', workspaceId: '', platformUserId: String(Math.random()), displayName: 'Ada' });
    userId = conversation.userId;
    attempts = [];
    lookups = [];
    cheap.reset();
    pricier.reset();
    const config = parseConfig({ QWEN_API_KEY: cheap.apiKey, QWEN_BASE_URL: cheap.baseUrl, OPENAI_API_KEY: pricier.apiKey, OPENAI_BASE_URL: pricier.baseUrl, AI_TIMEOUT_MS: '2000' });
    gateway = createAiGateway({
      config: config.ai,
      usage: store.usage,
      cache: createMemoryAiCache(),
      logger: silentLogger,
      observer: { attempted: (row) => attempts.push(row), cacheLookup: (hit) => lookups.push(hit) },
    });
  });

  test('structured extraction falls back from a failing cheap provider; usage shows both attempts; a repeat is a cache hit', async () => {
    cheap.fail(500, 3);
    pricier.reply(JSON.stringify({ skills: ['TypeScript', 'PostgreSQL'], years: 6 }));
    const messages = [{ role: 'user' as const, content: 'Extract the skills: TypeScript, PostgreSQL; 6 years.' }];
    const first = await gateway.structured({ task: 'extract', userId }, skills, messages);
    assert.deepEqual(first, { skills: ['TypeScript', 'PostgreSQL'], years: 6 });
    assert.deepEqual(attempts.map((a) => [a.provider, a.model, a.outcome]), [['qwen', 'qwen-turbo', 'http_500'], ['openai', 'gpt-4o-mini', 'ok']]);
    assert.equal(attempts[0]!.costUsd, 0);
    assert.ok(attempts[1]!.inputTokens > 0 && attempts[1]!.outputTokens > 0 && attempts[1]!.costUsd > 0);
    const sent = pricier.chatRequests().at(-1)!;
    assert.equal(sent.response_format?.type, 'json_schema', 'asks for JSON that matches the schema');

    const again = await gateway.structured({ task: 'extract', userId }, skills, messages);
    assert.deepEqual(again, first);
    assert.deepEqual(lookups, [false, true]);
    assert.equal(attempts.length, 2, 'the cache hit called no provider');
    const month = await store.usage.summaryFor(userId, new Date(Date.now() - 60_000));
    assert.equal(month.calls, 1, 'only the successful attempt counts toward the month');
    assert.equal(month.inputTokens, attempts[1]!.inputTokens);
  });

  test('an agent\'s chat model calls tools through the gateway: routed, recorded, with fallback', async () => {
    cheap.fail(500, 3);
    pricier.reply({ toolCalls: [{ name: 'get_resume', arguments: { version: 2 } }] });
    const model = (await gateway.chatModel({ task: 'interview', userId })).bindTools([
      { type: 'function', function: { name: 'get_resume', description: 'The user\'s resume', parameters: { type: 'object', properties: { version: { type: 'number' } } } } },
    ]);
    const reply = await model.invoke([new HumanMessage('Walk me through your latest role.')]);
    assert.deepEqual(reply.tool_calls?.map((c) => [c.name, c.args]), [['get_resume', { version: 2 }]]);
    assert.equal((pricier.chatRequests().at(-1)!.tools?.[0] as { function: { name: string } }).function.name, 'get_resume', 'the tools reach the provider');
    assert.deepEqual(attempts.map((a) => [a.task, a.provider, a.outcome]), [['interview', 'qwen', 'http_500'], ['interview', 'openai', 'ok']]);
  });

  test('invalid output gets one repair request with the problem, then counts as the answer', async () => {
    cheap.reply('{"skills": "TypeScript"}', JSON.stringify({ skills: ['TypeScript'], years: 2 }));
    const result = await gateway.structured({ task: 'extract', userId }, skills, [{ role: 'user', content: 'repair me' }]);
    assert.deepEqual(result, { skills: ['TypeScript'], years: 2 });
    const repair = cheap.chatRequests().at(-1)!;
    assert.match(String(repair.messages.at(-1)!.content), /skills: .*expected array/i);
    assert.deepEqual(attempts.map((a) => a.outcome), ['ok']);
  });

  test('a 429 and a slow provider fall back; when every provider fails the error says what to do', async () => {
    cheap.fail(429, 1);
    assert.match(await gateway.complete({ task: 'chat', userId }, [{ role: 'user', content: 'hi' }]), /Fake answer to: hi/);
    cheap.delayMs = 3000; // over AI_TIMEOUT_MS
    pricier.fail(503, 1);
    await assert.rejects(gateway.complete({ task: 'chat', userId }, [{ role: 'user', content: 'hello' }]), (error: unknown) => {
      assert.ok(error instanceof AiUnavailableError);
      assert.match(error.userMessage, /try again in a few minutes/);
      return true;
    });
    cheap.delayMs = 0;
    assert.deepEqual(attempts.map((a) => `${a.provider}:${a.outcome}`).slice(-3), ['openai:ok', 'qwen:timeout', 'openai:http_503'].slice(-3));
  });

  test('a provider failing again and again rests behind its circuit breaker', async () => {
    cheap.fail(500, 3);
    for (let i = 0; i < 3; i++) await gateway.complete({ task: 'chat', userId }, [{ role: 'user', content: `q${i}` }]);
    const before = cheap.requests.length;
    await gateway.complete({ task: 'chat', userId }, [{ role: 'user', content: 'q3' }]);
    assert.equal(cheap.requests.length, before, 'the open breaker skipped the failing provider');
  });

  test('streaming hands over the growing text chunk by chunk and records the usage the provider reported', async () => {
    cheap.reply('Lead with the result, then explain how you got there.');
    const seen: string[] = [];
    const text = await gateway.stream({ task: 'chat', userId }, [{ role: 'user', content: 'tip?' }], (soFar) => seen.push(soFar));
    assert.equal(text, 'Lead with the result, then explain how you got there.');
    assert.ok(seen.length >= 5, 'several partial texts');
    assert.ok(seen.every((s, i) => i === 0 || s.startsWith(seen[i - 1]!)));
    assert.equal(cheap.chatRequests().at(-1)!.stream_options?.include_usage, true);
    assert.ok(attempts[0]!.outputTokens > 0);
  });

  test('a long stream that keeps coming is not cut off by the timeout; silence is', async () => {
    const config = parseConfig({ QWEN_API_KEY: cheap.apiKey, QWEN_BASE_URL: cheap.baseUrl, AI_TIMEOUT_MS: '300' }).ai;
    const patient = createAiGateway({ config, usage: store.usage, cache: createMemoryAiCache(), logger: silentLogger, observer: { attempted: (row) => attempts.push(row) } });
    cheap.chunkDelayMs = 100;
    cheap.reply('one two three four five six seven eight');
    try {
      assert.equal(await patient.stream({ task: 'chat', userId }, [{ role: 'user', content: 'long' }], () => {}), 'one two three four five six seven eight');
      cheap.delayMs = 500;
      await assert.rejects(patient.stream({ task: 'chat', userId }, [{ role: 'user', content: 'silent' }], () => {}), AiUnavailableError);
      assert.deepEqual(attempts.map((a) => a.outcome), ['ok', 'timeout']);
    } finally {
      cheap.chunkDelayMs = 0;
    }
  });

  test('embeddings come from a provider when one offers them, else from the lexical model', async () => {
    const provided = await gateway.embed({ userId }, ['STAR method', 'salary']);
    assert.equal(provided.vectors.length, 2);
    assert.match(provided.model, /^(qwen|openai)\//);
    const deepseekOnly = createAiGateway({ config: parseConfig({ DEEPSEEK_API_KEY: 'k', DEEPSEEK_BASE_URL: cheap.baseUrl }).ai, usage: store.usage, cache: createMemoryAiCache(), logger: silentLogger });
    const local = await deepseekOnly.embed({ userId }, ['STAR method']);
    assert.equal(local.model, lexicalModelName);
  });
});

// The AI coach's interviewer turn through the real gateway and clients, against a fake provider.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openStore } from '../../db/store.ts';
import { FakeOpenAI } from '../../test-helpers/fake-openai.ts';
import { createTempDir } from '../../test-helpers/temp-dir.ts';
import { createAiGateway } from '../ai/gateway.ts';
import { createMemoryAiCache } from '../ai/memory-cache.ts';
import { parseConfig } from '../config.ts';
import { silentLogger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import { createAiCoach } from './ai-coach.ts';

let dir: Awaited<ReturnType<typeof createTempDir>>;
let store: Store;
const fake = new FakeOpenAI();
before(async () => {
  dir = await createTempDir();
  store = await openStore({ kind: 'pglite', dataDir: dir.path });
  await fake.start();
});
after(async () => {
  await fake.stop();
  await store.close();
  await dir.remove();
});

test('the AI interviewer decides a follow-up in its persona, and moves on after one', async () => {
  const gateway = createAiGateway({ config: parseConfig({ OPENAI_API_KEY: fake.apiKey, OPENAI_BASE_URL: fake.baseUrl }).ai, usage: store.usage, cache: createMemoryAiCache(), logger: silentLogger });
  const coach = createAiCoach(gateway);
  fake.reply(JSON.stringify({ decision: 'follow_up', reason: 'no_result', followUp: 'What changed for your customers after the migration?' }));
  const input = { question: 'Tell me about a migration you led.', answer: 'I led the move to Postgres.', followUpsAsked: 0, role: 'backend engineer', company: 'Stripe' };
  const turn = await coach.interviewTurn('system-user', input);
  assert.deepEqual(turn, { decision: 'follow_up', reason: 'no_result', followUp: 'What changed for your customers after the migration?', source: 'ai' });
  assert.match(JSON.stringify(fake.chatRequests().at(-1)!.messages), /interviewer for a backend engineer role at Stripe/);
  const requests = fake.chatRequests().length;
  assert.equal((await coach.interviewTurn('system-user', { ...input, followUpsAsked: 1 })).decision, 'next_question');
  assert.equal(fake.chatRequests().length, requests, 'no model call is needed to move on');
});

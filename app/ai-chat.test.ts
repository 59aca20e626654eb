// Free text with an AI provider configured, end to end: the playground over HTTP + SSE, the
// real LangChain/openai clients, and a loopback fake provider that streams its answer slowly.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PlaygroundClient } from '../test-helpers/playground-client.ts';
import { startPlaygroundWithAi, type PlaygroundWithAi } from '../test-helpers/playground-with-ai.ts';

const answer = 'Open with your current role, prove it with one result, then say why this job is your next step.';
let app: PlaygroundWithAi;

before(async () => {
  app = await startPlaygroundWithAi();
});
after(() => app.stop());

test('a streamed AI answer appears progressively in the playground, through edits of one message', async () => {
  const client = new PlaygroundClient(app.served.url, 'Ada');
  await client.connect();
  await client.say('/start');
  await client.waitFor((e) => e.text.startsWith('Hi Ada'));
  assert.doesNotMatch(client.events[0]!.text, /No AI provider is configured/, 'with a key, no offline notice');

  app.provider.chunkDelayMs = 120;
  app.provider.reply(answer);
  await client.say('How do I answer "tell me about yourself"?');
  const final = await client.waitFor((e) => e.event === 'edit' && e.text === answer);
  const ofAnswer = client.events.filter((e) => e.id === final.id);
  assert.equal(ofAnswer[0]!.event, 'message');
  assert.equal(ofAnswer[0]!.text, '💭 Thinking…', 'a placeholder at once: no silent wait');
  const partial = ofAnswer.filter((e) => e.event === 'edit' && e.text.endsWith('▍'));
  assert.ok(partial.length >= 1, 'at least one partial text before the end');
  assert.ok(answer.startsWith(partial[0]!.text.slice(0, -2)), 'partials are the beginning of the answer');

  const sent = app.provider.chatRequests().at(-1)!;
  assert.equal(sent.stream, true);
  assert.match(String(sent.messages[0]!.content), /IntervAI's Strategist/, "the Strategist's prompt comes first");
  assert.deepEqual(
    (sent.tools as Array<{ function: { name: string } }>).map((t) => t.function.name),
    ['get_resume', 'get_latest_match', 'search_knowledge', 'start_interview', 'start_pitch', 'make_plan', 'save_story'],
  );
  assert.ok(sent.messages.some((m) => m.role === 'assistant' && String(m.content).startsWith('Hi Ada')), 'earlier turns are included');

  await client.say('/usage');
  const usage = await client.waitFor((e) => /Your usage in/.test(e.text));
  assert.match(usage.text, /1 AI call \(chat 1\), [\d,]+ tokens, about \$0\.\d{4}/);

  const metrics = await (await fetch(new URL('metrics', app.served.url))).text();
  assert.match(metrics, /intervai_ai_calls_total\{provider="openai",model="gpt-4\.1-mini",task="chat",outcome="ok"\} 1/);
  assert.match(metrics, /intervai_ai_cache_hit_ratio 0/);
});

test('when the provider is down the placeholder becomes a clear sentence, and nothing crashes', async () => {
  const client = new PlaygroundClient(app.served.url, 'Bo');
  await client.connect();
  app.provider.fail(500, 5);
  await client.say('hello?');
  await client.waitFor((e) => e.event === 'edit' && /AI providers aren't answering right now/.test(e.text));
  app.provider.reset();
  app.provider.reply('Back again.');
  await client.say('still there?');
  await client.waitFor((e) => e.text === 'Back again.');
});

// The Strategist end to end in the playground, with a scripted tool-using model behind the real
// LangChain client: three questions answered with citations from the guides, an interview date
// that becomes a plan whose reminder job fires, a story saved from chat, and /pitch to a saved
// 60-second pitch that reuses it. A long conversation keeps its prompt bounded by the summary.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ChatRequest } from '../test-helpers/fake-openai.ts';
import { PlaygroundClient, type ShownEvent } from '../test-helpers/playground-client.ts';
import { startPlaygroundWithAi, type PlaygroundWithAi } from '../test-helpers/playground-with-ai.ts';
import { weakBulletsResume } from '../test-helpers/resume-files.ts';
import { scriptedStrategist } from '../test-helpers/scripted-strategist.ts';

// Half a second before the plan's first reminder; the test moves the clock past it (delayed jobs follow it).
const wednesday = new Date('2026-12-02T07:59:59.500Z');
let clockMovedMs = 0;
const clock = () => new Date(wednesday.getTime() + clockMovedMs);
let app: PlaygroundWithAi;

before(async () => {
  app = await startPlaygroundWithAi((provider) => (provider.defaultReply = scriptedStrategist), { now: clock });
  await app.served.runtime.queue.waitUntilIdle(); // the guides are indexed
});
after(() => app.stop());

/** The next finished answer after what the client has seen so far. */
function finalAnswer(client: PlaygroundClient, pattern: RegExp) {
  const seen = new Set(client.events);
  return client.waitFor((e) => !seen.has(e) && e.event === 'edit' && !e.text.endsWith('▍') && pattern.test(e.text));
}
const lastRequest = (predicate: (r: ChatRequest) => boolean) => [...app.provider.chatRequests()].reverse().find(predicate);
const pressLabel = (client: PlaygroundClient, event: ShownEvent, label: string) => {
  const button = event.buttons.find((b) => b.label === label);
  assert.ok(button, `a "${label}" button on: ${event.text}`);
  return client.press(button.actionId, button.value);
};

test('three questions get answers that cite the guide sections the search returned', async () => {
  const client = new PlaygroundClient(app.served.url, 'Maya');
  await client.connect();
  for (const question of ['How do I negotiate a higher salary offer?', 'What questions should I ask the interviewer at the end?', 'How should I prepare for a remote video interview?']) {
    const answering = finalAnswer(client, /_Sources: \[1\] guides\/[a-z-]+\.md § /);
    await client.say(question);
    const answer = await answering;
    const answered = lastRequest((r) => r.messages.at(-1)!.role === 'tool')!;
    assert.equal(answered.messages.filter((m) => m.role === 'user').at(-1)!.content, question, 'the answer came after the search tool ran');
    assert.equal(answered.messages.filter((m) => m.content === question).length, 1, 'the question is in the prompt once');
    const toolResult = answered.messages.at(-1)!;
    const heading = /^\[1\] [^\n]+ § ([^\n]+)/.exec(String(toolResult.content))![1];
    assert.ok(answer.text.endsWith(` § ${heading}_`), `cites the section the tool gave as [1]: ${answer.text}`);
  }
});

test('"I have an interview at Stripe on Friday" becomes a day-by-day plan, and the morning reminder arrives', async () => {
  const client = new PlaygroundClient(app.served.url, 'Ravi');
  await client.connect();
  await client.say('I have an interview at Stripe on Friday');
  const plan = await client.waitFor((e) => /^\*\*Your plan for the Stripe interview on Fri 4 Dec\*\*/.test(e.text));
  assert.match(plan.text, /\*\*Wed 2 Dec\*\*[\s\S]*\*\*Thu 3 Dec\*\*[\s\S]*\*\*Fri 4 Dec\*\*/);
  assert.match(plan.text, /I'll send each day's part at 08:00 UTC/);
  // Wednesday's reminder falls due once the clock passes 08:00.
  clockMovedMs += 1000;
  const reminder = await client.waitFor((e) => /^\*\*2 days until your Stripe interview\.\*\* Today:/.test(e.text));
  assert.match(reminder.text, /Send \/plan to see the whole plan/);
  await client.say('/plan');
  await client.waitFor((e) => e.event === 'message' && e.id !== plan.id && /^\*\*Your plan for the Stripe interview/.test(e.text));
  await client.say('/plan off');
  await client.waitFor((e) => /your plan and its reminders are off/.test(e.text));
});

test('a story told in chat is saved on confirmation, and /pitch drafts a 60-second pitch with it and saves it', async () => {
  const client = new PlaygroundClient(app.served.url, 'Maya P');
  await client.connect();
  await client.upload('maya.json', Buffer.from(JSON.stringify(weakBulletsResume)), 'application/json');
  await client.waitFor((e) => /Resume version 1 is ready/.test(e.text));
  await client.say('save this story: Payouts at Finlo Payments took two days. I was asked to make them faster. I rewrote the batching in the payouts service. Payout time dropped by 40% for 3,000 merchants.');
  const card = await client.waitFor((e) => /^\*\*Save this story\?\*\* \(from what you told me\)/.test(e.text));
  assert.match(card.text, /• \*\*Action:\*\* I rewrote the batching in the payouts service\./);
  await pressLabel(client, card, 'Save');
  await client.waitFor((e) => /^✅ Saved "Faster payouts at Finlo"/.test(e.text));

  await client.say('/pitch');
  await pressLabel(client, await client.waitFor((e) => /^Let's work on your 60-second pitch/.test(e.text)), 'Draft with me');
  await pressLabel(client, await client.waitFor((e) => /Which role is this pitch for/.test(e.text)), 'Backend Engineer');
  await pressLabel(client, await client.waitFor((e) => /Who will hear it/.test(e.text)), 'The hiring manager');
  await pressLabel(client, await client.waitFor((e) => /How long/.test(e.text)), '60 s');
  const draft = await client.waitFor((e) => /^\*\*A draft written with AI from your resume and saved stories\*\* \(checked against them\)/.test(e.text));
  assert.match(draft.text, /Payout time dropped by 40% for 3,000 merchants/, 'the saved story is reused');
  assert.match(draft.text, /\(aim: 60 s, 130–150 words\)/);
  await pressLabel(client, draft, 'Save this version');
  await client.waitFor((e) => /^✅ Saved as your 60-second pitch/.test(e.text));
  await client.say('/pitch');
  await client.waitFor((e) => /^\*\*Your saved pitch\*\* \(60 s\):\n"I'm Maya Patel/.test(e.text));
});

test('over a long conversation the prompt stays bounded: older turns are folded into a summary', async () => {
  const client = new PlaygroundClient(app.served.url, 'Long');
  await client.connect();
  const promptSizes: number[] = [];
  for (let turn = 1; turn <= 24; turn++) {
    const answering = finalAnswer(client, /^Here is what the guide says/);
    await client.say(`Question ${turn}: how do I talk about a failure?`);
    await answering;
    const first = lastRequest((r) => !!r.tools && String(r.messages.at(-1)!.content).startsWith(`Question ${turn}:`))!;
    promptSizes.push(first.messages.length);
  }
  assert.ok(app.provider.chatRequests().some((r) => /running summary/.test(String(r.messages[0]!.content))), 'a summary was made');
  assert.ok(Math.max(...promptSizes.slice(12)) <= Math.max(...promptSizes.slice(0, 12)) + 1, `prompt sizes ${promptSizes.join(',')}`);
  const late = lastRequest((r) => !!r.tools)!;
  assert.match(String(late.messages[0]!.content), /\nSummary of the conversation so far: /, "the summary is part of the one system message");
});

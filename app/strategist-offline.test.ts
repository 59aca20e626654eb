// The Strategist with no AI key, end to end on the embedded runtime: intent matching and the
// guides answer with citations and say plainly what needs AI; an interview date becomes a plan
// whose reminder fires; a story told in chat is saved on a tap; "practise an interview" hands
// over to the interview flow.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startRecordingRuntime, type RecordingRuntime } from '../test-helpers/recording-runtime.ts';

// Half a second before the plan's first reminder; the test moves the clock past it (delayed jobs follow it).
const wednesday = new Date('2026-12-02T07:59:59.500Z');
let clockMovedMs = 0;
const clock = () => new Date(wednesday.getTime() + clockMovedMs);
const me = 'olu';
let app: RecordingRuntime;
const texts = () => app.chat.texts(`web:${me}:`);
const last = () => app.last(me);

before(async () => {
  app = await startRecordingRuntime({ now: clock });
  await app.runtime.queue.waitUntilIdle(); // the guides are indexed
});
after(() => app.stop());

test('questions are answered by intent or from the guides with citations, and what needs AI is said plainly', async () => {
  await app.chat.say(me, 'can you help me?');
  assert.match(last().text, /^Happy to help\. Without AI I can still:/);
  assert.deepEqual(last().buttons!.map((b) => b.label), ['Upload resume', 'Start an interview', 'How it works']);
  await app.chat.say(me, 'How should I structure a behavioral answer?');
  assert.match(last().text, /\*\*Situation\*\*[\s\S]*_Offline coach: written guidance, not AI\._$/);
  await app.chat.say(me, 'What should I research about the company before my interview?');
  assert.match(last().text, /\[1\]\n[\s\S]*_Sources: \[1\] guides\/researching-a-company\.md § [^_]+_\n\n_Offline coach/);
  await app.chat.say(me, 'Which Kubernetes operator should our team pick?');
  assert.match(last().text, /^That question needs the AI coach/);
});

test('an interview date becomes a plan with a reminder each morning; /plan shows it and /plan off stops it', async () => {
  await app.chat.say(me, 'My interview at Acme Corp is on Friday, for a data analyst role');
  const [intro, plan] = texts().slice(-2);
  assert.equal(intro, 'Good luck! Here is a day-by-day plan to get ready.');
  assert.match(plan!, /^\*\*Your plan for the Acme Corp interview on Fri 4 Dec\*\*\n/);
  assert.match(plan!, /\*\*Fri 4 Dec\*\*: Interview day at Acme Corp/);
  assert.ok(last().buttons!.length > 0, "today's practice is a button away");
  // Wednesday's reminder falls due once the clock passes 08:00.
  clockMovedMs += 1000;
  const deadline = Date.now() + 5000;
  while (!texts().some((t) => /^\*\*2 days until your Acme Corp interview\.\*\*/.test(t)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  assert.ok(texts().some((t) => /^\*\*2 days until your Acme Corp interview\.\*\* Today:/.test(t)), texts().at(-1));
  await app.chat.say(me, '/plan');
  assert.match(last().text, /^\*\*Your plan for the Acme Corp interview/);
  await app.chat.say(me, '/plan off');
  assert.match(last().text, /your plan and its reminders are off/);
  await app.chat.say(me, '/plan');
  assert.match(last().text, /^When is your interview, and where\?/);
  await app.chat.say(me, 'Globex, on 10 December');
  assert.match(last().text, /^\*\*Your plan for the Globex interview on Thu 10 Dec\*\*/);
});

test('a story told in chat is offered in STAR form and saved on Save; /stories lists it', async () => {
  await app.chat.say(me, 'save this story: Our month-end reports took three days. My task was to speed them up. I rebuilt the queries in dbt and added tests. As a result, reports were ready in 4 hours.');
  assert.match(last().text, /^\*\*Save this story\?\*\* \(from what you told me\)\n\*\*Reports were ready in 4 hours\*\*\n• \*\*Situation:\*\* Our month-end reports took three days\.\n• \*\*Task:\*\* My task was to speed them up\.\n• \*\*Action:\*\* I rebuilt the queries in dbt and added tests\.\n• \*\*Result:\*\* As a result, reports were ready in 4 hours\./);
  const save = last().buttons!.find((b) => b.label === 'Save')!;
  await app.chat.press(me, save.actionId, save.value);
  assert.match(last().text, /^✅ Saved "Reports were ready in 4 hours"/);
  await app.chat.say(me, '/stories');
  assert.match(texts().find((t) => t.startsWith('**Your story bank**'))!, /^\*\*Your story bank\*\* \(1\)\n1\. \*\*Reports were ready in 4 hours\*\*/);
});

test('"I want to practise an interview" hands the conversation to the interview flow', async () => {
  await app.chat.say(me, 'I want to practise an interview');
  const [said, asked] = texts().slice(-2);
  assert.equal(said, "Let's practise.");
  assert.match(asked!, /^What kind of interview\?/);
});

test('a past interview makes no plan, and /plan asks for the date once, then lets go', async () => {
  await app.chat.say(me, 'I had an interview today, how do I follow up?');
  assert.doesNotMatch(last().text, /Your plan for/);
  await app.chat.say(me, '/plan off'); // the Globex plan from before
  await app.chat.say(me, '/plan');
  assert.match(last().text, /^When is your interview, and where\?/);
  await app.chat.say(me, 'no idea yet');
  assert.match(last().text, /^I couldn't tell the interview date\. .*Try \/plan again/);
  await app.chat.say(me, 'How should I structure a behavioral answer?');
  assert.match(last().text, /\*\*Situation\*\*/, 'the next message goes to the coach, not the date question');
});

test('a skipped story is not offered again; a stale Save does nothing', async () => {
  await app.chat.say(me, 'save this story: The release process took two days every week. My task was to shorten it. I automated the checks and the deploys. As a result releases took 40 minutes.');
  const card = last();
  const skip = card.buttons!.find((b) => b.label === 'Skip')!;
  await app.chat.press(me, skip.actionId, skip.value);
  assert.match(last().text, /^Skipped; I won't offer it again\./);
  const save = card.buttons!.find((b) => b.label === 'Save')!;
  await app.chat.press(me, save.actionId, save.value);
  assert.match(last().text, /^That story card has been dealt with already/);
  await app.chat.say(me, '/stories remove 1');
  assert.match(last().text, /^Removed "Reports were ready in 4 hours" from your story bank\./);
  await app.chat.say(me, '/stories');
  assert.match(last().text, /^\*\*Your story bank is empty\.\*\*/);
});

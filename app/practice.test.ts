// Spaced re-practice end to end on the embedded runtime with the offline coach and a test
// clock: a weak interview answer comes back as a drill DM a day later, a good retry pushes it
// out to 3 days, a weak one brings it back tomorrow, and /practice off silences the DMs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startRecordingRuntime, type RecordingRuntime } from '../test-helpers/recording-runtime.ts';

const day = 86_400_000;
const star =
  'At my last company our payouts were late every Friday and merchants complained. I was responsible for the payouts service, so I measured each step, ' +
  'I found two slow queries and I rewrote them with a batch job. As a result payouts went out 3 hours earlier and complaints dropped by 80% within a month.';

let clock = Date.parse('2026-03-02T18:30:00Z');
let app: RecordingRuntime;
const thread = (user: string) => `web:${user}:`;
const texts = (user: string) => app.chat.texts(thread(user));
const settle = () => app.runtime.queue.waitUntilIdle();

/** Moves the test clock and waits until a new message arrives (or gives up: then the assertion fails). */
async function passTime(ms: number, user: string) {
  const before = texts(user).length;
  clock += ms;
  for (let i = 0; i < 200 && texts(user).length === before; i++) await new Promise((r) => setTimeout(r, 10));
  await settle();
}

before(async () => {
  app = await startRecordingRuntime({ now: () => new Date(clock) });
});
after(() => app.stop());

test('a weak answer comes back as a drill after one day; a good retry moves it to three days, a weak one to tomorrow', async () => {
  await app.chat.say('rui', '/interview backend behavioral mid');
  const question = /\*\*Q1\/\d\.\*\* (.+)$/m.exec(texts('rui').at(-1)!)![1]!;
  await app.chat.say('rui', 'We did it together.');
  await settle();
  await app.chat.say('rui', '/end');
  await settle();
  const report = app.last('rui');
  assert.match(report.text, /One answer scored below 3\. I'll bring it back as a 2-minute drill tomorrow/);
  assert.ok(report.buttons?.some((b) => b.value === '/practice'), 'the report offers to practise now');

  // Nothing before the day is up.
  const sent = texts('rui').length;
  await passTime(day - 60_000, 'rui');
  assert.equal(texts('rui').length, sent, 'no drill before a day has passed');

  await passTime(60_000, 'rui');
  const drill = app.last('rui');
  assert.match(drill.text, /2-minute drill/);
  assert.ok(drill.text.includes(question), 'the drill repeats the question');
  assert.match(drill.text, /Last time: \d\.\d\/5\. One thing to fix: \S+/);

  await app.chat.say('rui', star);
  await settle();
  const result = app.last('rui').text;
  assert.match(result, /\*\*Retry: (\d\.\d)\/5\*\* \(up from \d\.\d\/5\)/);
  assert.match(result, /I'll bring it back in 3 days/);
  const [item] = (await app.runtime.store.privacy.exportUser(await userIdOf('rui'))).practiceQuestions as Array<{ step: number; dueAt: Date }>;
  assert.equal(item!.step, 1);
  assert.equal(new Date(item!.dueAt).getTime(), clock + 3 * day);

  // Three days on, it comes back; a weak retry brings it back tomorrow.
  await passTime(3 * day, 'rui');
  assert.match(app.last('rui').text, /2-minute drill/);
  await app.chat.say('rui', 'Not sure.');
  await settle();
  assert.match(app.last('rui').text, /Not there yet\. One thing to fix: .+\nIt comes back tomorrow\./);
});

test('/practice starts the next drill now; /practice off stops the DMs and /practice on brings them back', async () => {
  await app.chat.say('ivy', '/practice');
  assert.match(app.last('ivy').text, /Nothing to practise yet/);
  await app.chat.say('ivy', '/interview backend behavioral mid');
  await app.chat.say('ivy', 'No idea.');
  await settle();
  await app.chat.say('ivy', '/end');
  await settle();

  await app.chat.say('ivy', '/practice');
  assert.match(app.last('ivy').text, /2-minute drill/);
  // A short question while a drill waits goes to the coach, and the drill stays open.
  await app.chat.say('ivy', 'what is the STAR method?');
  assert.doesNotMatch(app.last('ivy').text, /Scoring your retry/);

  await app.chat.say('ivy', '/practice off');
  assert.match(app.last('ivy').text, /Drill reminders are off/);
  const sent = texts('ivy').length;
  clock += 2 * day;
  await new Promise((r) => setTimeout(r, 200));
  await settle();
  assert.equal(texts('ivy').length, sent, 'no drill DM while reminders are off');

  await app.chat.say('ivy', '/practice on');
  assert.match(app.last('ivy').text, /Drill reminders are on/);
  for (let i = 0; i < 100 && !/2-minute drill/.test(app.last('ivy').text); i++) await new Promise((r) => setTimeout(r, 10));
  assert.match(app.last('ivy').text, /2-minute drill/, 'the drill that fell due while off is sent');
});

async function userIdOf(user: string): Promise<string> {
  const conversation = await app.runtime.store.conversations.open(thread(user), { platform: 'web', workspaceId: '', platformUserId: user, displayName: user });
  return conversation.userId;
}

test('two weak answers come back one drill at a time: the second waits for the next day', async () => {
  await app.chat.say('zoe', '/interview backend behavioral mid');
  await app.chat.say('zoe', 'Dunno.');
  await app.chat.say('zoe', 'skip');
  await app.chat.say('zoe', 'No idea at all.');
  await settle();
  await app.chat.say('zoe', '/end');
  await settle();
  assert.match(app.last('zoe').text, /2 answers scored below 3/);

  await passTime(day, 'zoe');
  await new Promise((r) => setTimeout(r, 200));
  await settle();
  assert.equal(texts('zoe').filter((t) => /\*\*2-minute drill\*\*/.test(t)).length, 1, 'one drill, not two at once');
  await app.chat.say('zoe', star);
  await settle();
  assert.match(app.last('zoe').text, /\*\*Retry: /);

  await passTime(day, 'zoe');
  const drills = texts('zoe').filter((t) => /\*\*2-minute drill\*\*/.test(t));
  assert.equal(drills.length, 2);
  assert.notEqual(drills[0]!.split('\n')[2], drills[1]!.split('\n')[2], 'the next day brings the other question');
});

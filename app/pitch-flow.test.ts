// /pitch on the embedded runtime: a draft from the resume, a pasted pitch timed and critiqued,
// a saved version that /pitch shows again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { critiquePitch } from '../core/pitch/critique.ts';
import { startRecordingRuntime, type RecordingRuntime } from '../test-helpers/recording-runtime.ts';
import { weakBulletsResume } from '../test-helpers/resume-files.ts';

let app: RecordingRuntime;
const last = () => app.last('pia');
const press = (label: string) => {
  const b = last().buttons!.find((x) => x.label === label)!;
  return app.chat.press('pia', b.actionId, b.value);
};

before(async () => (app = await startRecordingRuntime()));
after(() => app.stop());

test('the critique times a pitch at 130–150 wpm and checks hook, structure, specifics and fillers', () => {
  const weak = critiquePitch("Hi, my name is Ana. I'm really passionate about tech and I am a hard-working team player.", 30);
  assert.deepEqual(weak.seconds, [7, 8]);
  assert.deepEqual(weak.checks.filter((c) => !c.ok).map((c) => c.name), ['Hook', 'Past', 'Future', 'Specific']);
  assert.deepEqual(weak.fillers, ['really', 'passionate', 'hard-working', 'team player']);
  const strong = critiquePitch("I'm a backend engineer at Finlo, where I cut payout time by 40% for 3,000 merchants. I've spent six years building payment systems. Next, I'm looking for a senior role where I can own a platform end to end.", 30);
  assert.ok(strong.checks.every((c) => c.ok), JSON.stringify(strong.checks));
});

test('/pitch asks the role and audience, drafts from resume facts, critiques a pasted version, saves it, and shows it again', async () => {
  await app.chat.upload('pia', 'pia.json', Buffer.from(JSON.stringify(weakBulletsResume)));
  await app.runtime.queue.waitUntilIdle();
  await app.chat.say('pia', '/pitch 30');
  assert.match(last().text, /^Let's work on your 30-second pitch \(65–75 words\)/);
  await press('Draft with me');
  assert.match(last().text, /^\*\*Which role is this pitch for\?\*\*/);
  assert.deepEqual(last().buttons!.map((b) => b.label), ['Backend Engineer']);
  await app.chat.say('pia', 'senior backend engineer');
  assert.match(last().text, /^\*\*Who will hear it\?\*\* \(for senior backend engineer\)/);
  await press('The hiring manager');
  // The length came with /pitch 30, so it is not asked again.
  assert.match(last().text, /^\*\*A draft from your resume\*\*[\s\S]*"I'm Maya Patel, a Backend Engineer at Finlo Payments\. At Shoply, I built REST APIs in TypeScript for 40 merchants\. Now I'm looking for a senior backend engineer role where I can/);
  await app.chat.say('pia', 'Hi, my name is Maya. I am really passionate about backend work.');
  assert.match(last().text, /^\*\*\d+ words ≈ \d+–\d+ s\*\* \(aim: 30 s, 65–75 words\)\n❌ Hook/);
  assert.match(last().text, /Filler words: really, passionate/);
  const mine = "I'm a backend engineer at Finlo Payments. At Shoply I built REST APIs for 40 merchants. Next, I'm looking for a senior backend role.";
  await app.chat.say('pia', mine);
  await press('Save this version');
  assert.match(last().text, /^✅ Saved as your 30-second pitch/);
  await app.chat.say('pia', 'hello again');
  assert.doesNotMatch(last().text, /words ≈/, 'free text goes back to the coach once the pitch is saved');
  await app.chat.say('pia', '/pitch');
  assert.match(last().text, new RegExp(`^\\*\\*Your saved pitch\\*\\* \\(30 s\\):\\n"${mine.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  await press('Done');
});

test('/stories offers a resume bullet as a STAR story; once saved, a 60-second draft for a recruiter reuses it', async () => {
  await app.chat.say('pia', '/stories');
  const shown = app.chat.shown.filter((m) => m.threadId === 'web:pia:').slice(-2).map((m) => m.message.text);
  assert.match(shown[0]!, /^\*\*Your story bank is empty\.\*\*[\s\S]*I found 1 possible story in your interviews and resume/);
  assert.match(last().text, /^\*\*Save this story\?\*\* \(from a resume bullet\)\n\*\*Built REST APIs in TypeScript for 40 merchants\*\*\n• \*\*Situation:\*\* At Shoply, as Junior Developer \(2018–2020\)\./);
  await press('Save');
  assert.match(last().text, /^✅ Saved "Built REST APIs in TypeScript for 40 merchants"\. \/stories shows your bank/);
  await app.chat.say('pia', '/stories');
  assert.match(last().text, /^\*\*Your story bank\*\* \(1\)\n1\. \*\*Built REST APIs in TypeScript for 40 merchants\*\*: Built REST APIs/);
  assert.match(last().text, /No new stories to offer right now/);

  await app.chat.say('pia', '/pitch');
  await press('Draft with me');
  await press('Backend Engineer');
  await press('A recruiter');
  assert.match(last().text, /^\*\*How long\?\*\*/);
  await press('60 s');
  assert.match(last().text, /^\*\*A draft from your resume and saved stories\*\*[\s\S]*I'm proud that I built REST APIs in TypeScript for 40 merchants\.[\s\S]*and I can start \[when\]\./);
  assert.match(last().text, /\(aim: 60 s, 130–150 words\)/);
  await press('Save this version');
  assert.match(last().text, /^✅ Saved as your 60-second pitch/);
  await app.chat.say('pia', '/pitch');
  assert.match(last().text, /^\*\*Your saved pitch\*\* \(60 s\):\n"I'm Maya Patel/);
});

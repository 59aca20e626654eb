// /pitch on the embedded runtime: a draft from the resume, a pasted pitch timed and critiqued,
// a saved version that /pitch shows again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { critiquePitch } from '../core/pitch/critique.ts';
import { parseConfig } from '../core/config.ts';
import { silentLogger } from '../core/ports/logger.ts';
import { createInProcessQueue } from '../core/queue/in-process-queue.ts';
import { createRecordingAdapter } from '../test-helpers/recording-adapter.ts';
import { weakBulletsResume } from '../test-helpers/resume-files.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';
import { createRuntime, type Runtime } from './runtime.ts';

let dir: { path: string; remove(): Promise<void> };
let runtime: Runtime;
const chat = createRecordingAdapter();
const last = () => chat.shown.filter((m) => m.threadId === 'web:pia:').at(-1)!.message;
const press = (label: string) => {
  const b = last().buttons!.find((x) => x.label === label)!;
  return chat.press('pia', b.actionId, b.value);
};

before(async () => {
  dir = await createTempDir();
  runtime = await createRuntime(parseConfig({ DATA_DIR: dir.path, RATE_LIMIT_PER_MINUTE: '100' }), { role: 'all', logger: silentLogger, adapters: [chat.adapter], queue: (store) => createInProcessQueue({ journal: store.jobJournal('server') }) });
  await runtime.start();
});
after(async () => {
  await runtime.close();
  await dir.remove();
});

test('the critique times a pitch at 130–150 wpm and checks hook, structure, specifics and fillers', () => {
  const weak = critiquePitch("Hi, my name is Ana. I'm really passionate about tech and I am a hard-working team player.", 30);
  assert.deepEqual(weak.seconds, [7, 8]);
  assert.deepEqual(weak.checks.filter((c) => !c.ok).map((c) => c.name), ['Hook', 'Past', 'Future', 'Specific']);
  assert.deepEqual(weak.fillers, ['really', 'passionate', 'hard-working', 'team player']);
  const strong = critiquePitch("I'm a backend engineer at Finlo, where I cut payout time by 40% for 3,000 merchants. I've spent six years building payment systems. Next, I'm looking for a senior role where I can own a platform end to end.", 30);
  assert.ok(strong.checks.every((c) => c.ok), JSON.stringify(strong.checks));
});

test('/pitch asks the role and audience, drafts from resume facts, critiques a pasted version, saves it, and shows it again', async () => {
  await chat.upload('pia', 'pia.json', Buffer.from(JSON.stringify(weakBulletsResume)));
  await runtime.queue.waitUntilIdle();
  await chat.say('pia', '/pitch 30');
  assert.match(last().text, /^Let's work on your 30-second pitch \(65–75 words\)/);
  await press('Draft with me');
  assert.match(last().text, /^\*\*Which role is this pitch for\?\*\*/);
  assert.deepEqual(last().buttons!.map((b) => b.label), ['Backend Engineer']);
  await chat.say('pia', 'senior backend engineer');
  assert.match(last().text, /^\*\*Who will hear it\?\*\* \(for senior backend engineer\)/);
  await press('The hiring manager');
  // The length came with /pitch 30, so it is not asked again.
  assert.match(last().text, /^\*\*A draft from your resume\*\*[\s\S]*"I'm Maya Patel, a Backend Engineer at Finlo Payments\. At Shoply, I built REST APIs in TypeScript for 40 merchants\. Now I'm looking for a senior backend engineer role where I can/);
  await chat.say('pia', 'Hi, my name is Maya. I am really passionate about backend work.');
  assert.match(last().text, /^\*\*\d+ words ≈ \d+–\d+ s\*\* \(aim: 30 s, 65–75 words\)\n❌ Hook/);
  assert.match(last().text, /Filler words: really, passionate/);
  const mine = "I'm a backend engineer at Finlo Payments. At Shoply I built REST APIs for 40 merchants. Next, I'm looking for a senior backend role.";
  await chat.say('pia', mine);
  await press('Save this version');
  assert.match(last().text, /^✅ Saved as your 30-second pitch/);
  await chat.say('pia', 'hello again');
  assert.doesNotMatch(last().text, /words ≈/, 'free text goes back to the coach once the pitch is saved');
  await chat.say('pia', '/pitch');
  assert.match(last().text, new RegExp(`^\\*\\*Your saved pitch\\*\\* \\(30 s\\):\\n"${mine.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  await press('Done');
});

test('/stories offers a resume bullet as a STAR story; once saved, a 60-second draft for a recruiter reuses it', async () => {
  await chat.say('pia', '/stories');
  const shown = chat.shown.filter((m) => m.threadId === 'web:pia:').slice(-2).map((m) => m.message.text);
  assert.match(shown[0]!, /^\*\*Your story bank is empty\.\*\*[\s\S]*I found 1 possible story in your interviews and resume/);
  assert.match(last().text, /^\*\*Save this story\?\*\* \(from a resume bullet\)\n\*\*Built REST APIs in TypeScript for 40 merchants\*\*\n• \*\*Situation:\*\* At Shoply, as Junior Developer \(2018–2020\)\./);
  await press('Save');
  assert.match(last().text, /^✅ Saved "Built REST APIs in TypeScript for 40 merchants"\. \/stories shows your bank/);
  await chat.say('pia', '/stories');
  assert.match(last().text, /^\*\*Your story bank\*\* \(1\)\n1\. \*\*Built REST APIs in TypeScript for 40 merchants\*\*: Built REST APIs/);
  assert.match(last().text, /No new stories to offer right now/);

  await chat.say('pia', '/pitch');
  await press('Draft with me');
  await press('Backend Engineer');
  await press('A recruiter');
  assert.match(last().text, /^\*\*How long\?\*\*/);
  await press('60 s');
  assert.match(last().text, /^\*\*A draft from your resume and saved stories\*\*[\s\S]*I'm proud that I built REST APIs in TypeScript for 40 merchants\.[\s\S]*and I can start \[when\]\./);
  assert.match(last().text, /\(aim: 60 s, 130–150 words\)/);
  await press('Save this version');
  assert.match(last().text, /^✅ Saved as your 60-second pitch/);
  await chat.say('pia', '/pitch');
  assert.match(last().text, /^\*\*Your saved pitch\*\* \(60 s\):\n"I'm Maya Patel/);
});

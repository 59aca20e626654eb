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

test('/pitch drafts from the resume, critiques a pasted version, saves it, and shows it again', async () => {
  await chat.upload('pia', 'pia.json', Buffer.from(JSON.stringify(weakBulletsResume)));
  await runtime.queue.waitUntilIdle();
  await chat.say('pia', '/pitch 30');
  assert.match(last().text, /^Let's work on your 30-second pitch \(65–75 words\)/);
  await press('Draft from my resume');
  assert.match(last().text, /^\*\*A draft from your resume\*\*[\s\S]*"I'm Maya Patel, a Backend Engineer at Finlo Payments\. At Shoply, I built REST APIs in TypeScript for 40 merchants\./);
  await chat.say('pia', 'Hi, my name is Maya. I am really passionate about backend work.');
  assert.match(last().text, /^\*\*\d+ words ≈ \d+–\d+ s\*\* \(aim: 30 s, 65–75 words\)\n❌ Hook/);
  assert.match(last().text, /Filler words: really, passionate/);
  const mine = "I'm a backend engineer at Finlo Payments. At Shoply I built REST APIs for 40 merchants. Next, I'm looking for a senior backend role.";
  await chat.say('pia', mine);
  await press('Save this version');
  assert.match(last().text, /^✅ Saved as your pitch/);
  await chat.say('pia', 'hello again');
  assert.doesNotMatch(last().text, /words ≈/, 'free text goes back to the coach once the pitch is saved');
  await chat.say('pia', '/pitch');
  assert.match(last().text, new RegExp(`^\\*\\*Your saved pitch\\*\\* \\(30 s\\):\\n"${mine.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
});

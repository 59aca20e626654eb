// The user's own data, end to end on the embedded runtime: /export-data sends one JSON file
// with everything stored about them (and nothing of anyone else's).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
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
const last = (user: string) => chat.shown.filter((m) => m.threadId === `web:${user}:`).at(-1)!.message;

before(async () => {
  dir = await createTempDir();
  runtime = await createRuntime(parseConfig({ DATA_DIR: dir.path, RATE_LIMIT_PER_MINUTE: '100' }), { role: 'all', logger: silentLogger, adapters: [chat.adapter], queue: (store) => createInProcessQueue({ journal: store.jobJournal('server') }) });
  await runtime.start();
});
after(async () => {
  await runtime.close();
  await dir.remove();
});

test('/export-data (or Telegram\'s /export_data) sends a JSON file with everything stored about the user, and only theirs', async () => {
  await chat.upload('maya', 'maya.json', Buffer.from(JSON.stringify(weakBulletsResume)));
  await runtime.queue.waitUntilIdle();
  await chat.say('maya', 'save this story: Payouts took two days at Finlo. My task was to speed them up. I rewrote the batching. As a result payouts took 4 hours.');
  const save = last('maya').buttons!.find((b) => b.label === 'Save')!;
  await chat.press('maya', save.actionId, save.value);
  await chat.say('other', 'hello from someone else');

  await chat.say('maya', '/export_data');
  const reply = last('maya');
  assert.match(reply.text, /^📎 Everything I store about you, as JSON \(user 1, identities 1, conversations 1, messages \d+, resumes 1, stories 1/);
  const file = reply.files![0]!;
  assert.match(file.name, /^intervai-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse((await runtime.files.get(file.fileKey)).toString('utf8'));
  assert.equal(data.format, 'intervai-user-export/1');
  assert.equal(data.resumes[0].parsed.basics.name, 'Maya Patel');
  assert.equal(data.stories[0].result, 'As a result payouts took 4 hours.');
  assert.ok(data.messages.some((m: { text: string }) => m.text.startsWith('save this story:')));
  assert.ok(!JSON.stringify(data).includes('hello from someone else'), "another user's messages are not in it");
});

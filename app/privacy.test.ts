// The user's own data, end to end on the embedded runtime: /export-data sends one JSON file
// with everything stored about them (and nothing of anyone else's).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startRecordingRuntime, type RecordingRuntime } from '../test-helpers/recording-runtime.ts';
import { weakBulletsResume } from '../test-helpers/resume-files.ts';

let app: RecordingRuntime;
before(async () => (app = await startRecordingRuntime()));
after(() => app.stop());

test('/export-data (or Telegram\'s /export_data) sends a JSON file with everything stored about the user, and only theirs', async () => {
  const { chat, runtime, last } = app;
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

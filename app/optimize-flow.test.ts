// /optimize end to end on the embedded runtime: a resume, a job description, the report, two
// accepted rewrites and an edited one as new versions, and DOCX/PDF exports that read back.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { parseConfig } from '../core/config.ts';
import { silentLogger } from '../core/ports/logger.ts';
import { createInProcessQueue } from '../core/queue/in-process-queue.ts';
import { createRecordingAdapter } from '../test-helpers/recording-adapter.ts';
import { backendJobDescription, weakBulletsResume } from '../test-helpers/resume-files.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';
import { createRuntime, type Runtime } from './runtime.ts';

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) texts.push(...(await (await pdf.getPage(n)).getTextContent()).items.map((i) => (i as TextItem).str));
  await pdf.destroy();
  return texts.join(' ').replace(/\s+/g, ' ');
}

describe('optimize a resume for a job', () => {
  let dir: { path: string; remove(): Promise<void> };
  let runtime: Runtime;
  const chat = createRecordingAdapter();
  const thread = 'web:maya:';
  const settle = () => runtime.queue.waitUntilIdle();
  const last = () => chat.shown.filter((m) => m.threadId === thread).at(-1)!;

  before(async () => {
    dir = await createTempDir();
    const config = parseConfig({ DATA_DIR: dir.path, RATE_LIMIT_PER_MINUTE: '100' });
    runtime = await createRuntime(config, { role: 'all', logger: silentLogger, adapters: [chat.adapter], queue: (store) => createInProcessQueue({ backoffMs: 1, journal: store.jobJournal('server') }) });
    await runtime.start();
  });
  after(async () => {
    await runtime.close();
    await dir.remove();
  });

  test('/optimize before any resume asks for one', async () => {
    await chat.say('nobody', '/optimize');
    assert.match(chat.texts('web:nobody:').at(-1)!, /^I need your resume before I can match it to a job/);
  });

  test('report, rewrites accepted and edited into new versions, exports that read back, a cover letter', async () => {
    await chat.upload('maya', 'maya.json', Buffer.from(JSON.stringify(weakBulletsResume)));
    await settle();
    assert.match(last().message.text, /Resume version 1 is ready/);

    await chat.say('maya', '/optimize');
    assert.match(last().message.text, /^Paste the job description in your next message, or send it as a file/);
    await chat.say('maya', backendJobDescription);
    await settle();
    const shown = chat.shown.filter((m) => m.threadId === thread);
    const report = shown.find((m) => m.message.text.startsWith('**Match: '))!;
    assert.ok(report, 'the progress message became the report');
    assert.match(report.message.text, /^\*\*Match: \d+\/100\*\* for _Senior Backend Engineer_ \(resume version 1\)/);
    assert.match(report.message.text, /\*\*Skills:\*\* ✅ [^\n]*Node\.js[^\n]*❌ [^\n]*Kubernetes/);
    assert.match(report.message.text, /\*\*Next steps\*\*\n1\) /);
    assert.ok(report.history.some((m) => m.text.includes('⏳ matching')), 'progress stages were shown');

    const suggestions = shown.filter((m) => m.message.text.startsWith('**Suggestion '));
    assert.equal(suggestions.length, 3);
    assert.match(suggestions[0]!.message.text, /before: "Responsible for managing the Node\.js payouts service on PostgreSQL"\nafter: "Managed the Node\.js payouts service on PostgreSQL"/);
    assert.match(suggestions[0]!.message.text, /Offline coach template/);
    const press = async (i: number, decision: string) => {
      // The buttons as first shown: a decided suggestion's message no longer has them.
      const button = suggestions[i]!.history[0]!.buttons!.find((b) => b.label === decision)!;
      await chat.press('maya', button.actionId, button.value);
    };
    await press(0, 'Accept');
    await press(1, 'Accept');
    assert.match(suggestions[0]!.message.text, /^\*\*Suggestion 1\/3\*\* — ✅ accepted — saved as resume version 2/);
    assert.match(suggestions[1]!.message.text, /saved as resume version 3/);
    await press(2, 'Edit');
    assert.match(last().message.text, /^Send the bullet as you want it/);
    await chat.say('maya', 'Rewrote the on-call runbooks with the team, halving pages at night');
    assert.match(suggestions[2]!.message.text, /✅ edited — saved as resume version 4/);
    await press(0, 'Accept'); // a second press changes nothing
    assert.equal((await runtime.store.resumes.versions((await runtime.store.resumes.parsedVersion(await userId()))!.userId)).length, 4);

    await chat.say('maya', '/export docx');
    const docx = last().message.files![0]!;
    assert.match(docx.name, /^Maya_Patel_Resume_v4\.docx$/);
    const docxText = (await mammoth.extractRawText({ buffer: await runtime.files.get(docx.fileKey) })).value;
    for (const bullet of ['Managed the Node.js payouts service on PostgreSQL', 'Built the Kafka event pipeline for card settlements', 'Rewrote the on-call runbooks with the team, halving pages at night']) {
      assert.ok(docxText.includes(bullet), `DOCX has "${bullet}"`);
    }
    await chat.say('maya', '/export pdf');
    const pdf = last().message.files![0]!;
    const text = await pdfText(await runtime.files.get(pdf.fileKey));
    assert.ok(text.includes('Managed the Node.js payouts service on PostgreSQL'), text.slice(0, 400));
    assert.ok(text.includes('Built the Kafka event pipeline for card settlements'));

    await chat.say('maya', '/coverletter');
    const letter = last().message.text;
    assert.match(letter, /^Dear Hiring Manager,\n\nI'm applying for the Senior Backend Engineer role at Ledgerly\./);
    assert.match(letter, /Maya Patel\n\n_Offline coach template/);
  });

  test('a job description sent as a file after /optimize is read as the job, not as a resume', async () => {
    await chat.upload('sam', 'sam.json', Buffer.from(JSON.stringify(weakBulletsResume)));
    await settle();
    await chat.say('sam', '/optimize');
    await chat.upload('sam', 'job.txt', Buffer.from(backendJobDescription));
    await settle();
    const texts = chat.texts('web:sam:');
    assert.ok(texts.some((t) => /^\*\*Match: \d+\/100\*\* for _Senior Backend Engineer_/.test(t)), texts.join('\n---\n'));
    const { userId } = await runtime.store.conversations.open('web:sam:', { platform: 'web', workspaceId: '', platformUserId: 'sam', displayName: 'sam Tester' });
    assert.equal((await runtime.store.resumes.versions(userId)).length, 1, 'no new resume version');
    const kept = await readdir(`${dir.path}/files/job-descriptions`, { recursive: true, withFileTypes: true }).catch(() => []);
    assert.deepEqual(kept.filter((e) => e.isFile()).map((e) => e.name), [], 'the JD file is deleted once read');
  });

  async function userId(): Promise<string> {
    const conversation = await runtime.store.conversations.open(thread, { platform: 'web', workspaceId: '', platformUserId: 'maya', displayName: 'maya Tester' });
    return conversation.userId;
  }
});

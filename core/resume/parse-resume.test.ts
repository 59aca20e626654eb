// The resume pipeline on real files: rendered layouts read correctly, every bad file gets its
// reason (through the limited worker thread), and AI output is grounded in the file's text.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../../db/store.ts';
import { FakeOpenAI } from '../../test-helpers/fake-openai.ts';
import { docxZipBomb, encryptedPdf, longPdf, plainTextResume, pngBytes, sampleResume, scannedPdf, truncated } from '../../test-helpers/resume-files.ts';
import { createTempDir } from '../../test-helpers/temp-dir.ts';
import { createAiGateway } from '../ai/gateway.ts';
import { createMemoryAiCache } from '../ai/memory-cache.ts';
import { parseConfig } from '../config.ts';
import { silentLogger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import { parseResume } from './parse-resume.ts';
import { createExtractionSandbox, type ExtractionSandbox } from './text/sandbox.ts';

describe('resume pipeline', () => {
  let sandbox: ExtractionSandbox;
  before(() => void (sandbox = createExtractionSandbox()));
  after(() => sandbox.close());

  for (const layout of ['pdf-two-column', 'pdf-dates-left', 'docx', 'txt'] as const) {
    test(`a ${layout} resume is read into JSON Resume with its roles, dates and skills`, async () => {
      const { bytes, expected } = await sampleResume(layout);
      const outcome = await parseResume(bytes, `cv.${layout.startsWith('pdf') ? 'pdf' : layout}`, { sandbox });
      assert.ok(outcome.ok, 'parsed');
      const { basics, work, education, skills } = outcome.resume;
      assert.deepEqual([basics.name, basics.email, basics.phone], [expected.basics.name, expected.basics.email, expected.basics.phone]);
      assert.deepEqual(
        work.map((w) => [w.name, w.position, w.startDate, w.endDate]),
        expected.work.map((w) => [w.name, w.position, w.startDate, w.endDate]),
      );
      assert.deepEqual(work.map((w) => w.highlights.length), expected.work.map((w) => w.highlights.length));
      assert.equal(education[0]?.institution, expected.education[0]?.institution);
      assert.ok(skills.flatMap((s) => s.keywords).includes('PostgreSQL'));
      assert.equal(outcome.source, 'rules');
    });
  }

  test('warnings name what the user can fix', async () => {
    const outcome = await parseResume(Buffer.from(plainTextResume), 'cv.txt', { sandbox });
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.warnings.map((w) => w.code), ['no-summary']);
    const undated = await parseResume(Buffer.from(plainTextResume.replace('(Jan 2021 - Present)', '')), 'cv.txt', { sandbox });
    assert.ok(undated.ok);
    assert.ok(undated.warnings.some((w) => w.code === 'missing-dates'));
  });

  const badFiles: Array<[string, string, () => Promise<Buffer> | Buffer, RegExp]> = [
    ['an encrypted PDF', 'encrypted', encryptedPdf, /password-protected/],
    ['a scanned, image-only PDF', 'no-text', scannedPdf, /no text .* won't guess/],
    ['a truncated PDF', 'corrupt', async () => truncated((await sampleResume('pdf-one-column')).bytes), /damaged or incomplete/],
    ['a DOCX zip bomb', 'too-big-unpacked', docxZipBomb, /unpacks to far more data/],
    ['an image renamed to .pdf', 'unsupported', () => pngBytes, /is an image, and I can't read text from pictures\. Please send your resume as a PDF/],
    ['an empty file', 'empty', () => Buffer.alloc(0), /is empty/],
    ['a 30-page document', 'too-many-pages', () => longPdf(30), /30 pages/],
    ['a text file that is not a resume', 'not-a-resume', () => Buffer.from('shopping list\n'.repeat(20)), /doesn't look like a resume/],
  ];
  for (const [what, reason, make, message] of badFiles) {
    test(`${what} gets its reason and a sentence saying what to do`, async () => {
      const outcome = await parseResume(await make(), 'resume.pdf', { sandbox });
      assert.equal(outcome.ok, false);
      assert.ok(!outcome.ok && outcome.reason === reason, `reason ${!outcome.ok && outcome.reason}`);
      assert.match(!outcome.ok ? outcome.message : '', message);
    });
  }

  test('a file that breaks the time limit costs only its own thread; the next file is read', async () => {
    const strict = createExtractionSandbox({ timeoutMs: 1, memoryMb: 256 });
    try {
      const { bytes } = await sampleResume('pdf-one-column');
      const slow = await parseResume(bytes, 'cv.pdf', { sandbox: strict });
      assert.ok(!slow.ok && slow.reason === 'too-slow');
    } finally {
      await strict.close();
    }
    const { bytes } = await sampleResume('pdf-one-column');
    assert.ok((await parseResume(bytes, 'cv.pdf', { sandbox })).ok);
  });
});

describe('resume pipeline with AI', () => {
  let dir: Awaited<ReturnType<typeof createTempDir>>;
  let store: Store;
  let fake: FakeOpenAI;
  before(async () => {
    dir = await createTempDir();
    store = await openStore({ kind: 'pglite', dataDir: dir.path });
    fake = new FakeOpenAI();
    await fake.start();
  });
  after(async () => {
    await fake.stop();
    await store.close();
    await dir.remove();
  });

  test('structured output is grounded: values not in the file are dropped, never kept', async () => {
    const conversation = await store.conversations.open('web:ai:', { platform: 'web', workspaceId: '', platformUserId: 'ai', displayName: 'Ada' });
    const gateway = createAiGateway({ config: parseConfig({ OPENAI_API_KEY: fake.apiKey, OPENAI_BASE_URL: fake.baseUrl }).ai, usage: store.usage, cache: createMemoryAiCache(), logger: silentLogger });
    fake.reply(
      JSON.stringify({
        basics: { name: 'Ada Lovelace', email: 'ada@example.com', summary: 'A visionary who invented computing at Google.' },
        work: [
          { name: 'Babbage Analytics Ltd', position: 'Lead Programmer', startDate: '2021-01', highlights: ['Cut computation time by 40% with a loop-based design', 'Managed a team of 25 engineers'] },
          { name: 'Google', position: 'Staff Engineer', startDate: '2019-01', highlights: [] },
        ],
        skills: [{ name: 'Languages', keywords: ['Python', 'Rust'] }],
      }),
    );
    const outcome = await parseResume(Buffer.from(plainTextResume), 'cv.txt', { ai: { gateway, userId: conversation.userId } });
    assert.ok(outcome.ok);
    assert.equal(outcome.source, 'ai');
    const { basics, work, skills } = outcome.resume;
    assert.equal(basics.name, 'Ada Lovelace');
    assert.equal(basics.summary, undefined, 'an invented summary is dropped');
    assert.deepEqual(work.map((w) => w.name), ['Babbage Analytics Ltd'], 'an invented employer is dropped');
    assert.deepEqual(work[0]!.highlights, ['Cut computation time by 40% with a loop-based design']);
    assert.deepEqual(skills[0]!.keywords, ['Python']);
    const request = fake.requests.at(-1)!;
    assert.match(JSON.stringify(request.body), /Babbage Analytics Ltd/, 'the model saw the file text');
  });
});

// The router and the upload flow, wired exactly as `npm start` wires them (PGlite, local files,
// in-process jobs), with a recording adapter standing for the chat.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { after, before, beforeEach, describe, test } from 'node:test';
import { parseConfig } from '../core/config.ts';
import type { FileStore } from '../core/ports/file-store.ts';
import type { Store } from '../core/ports/store.ts';
import { silentLogger } from '../core/ports/logger.ts';
import { createInProcessQueue } from '../core/queue/in-process-queue.ts';
import { createLocalFileStore } from '../infra/local-file-store.ts';
import { createRecordingAdapter } from '../test-helpers/recording-adapter.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';
import { encryptedPdf, pngBytes as png, sampleResume } from '../test-helpers/resume-files.ts';
import { createRuntime, type Runtime } from './runtime.ts';

const { bytes: pdf } = await sampleResume('pdf-two-column');

async function listFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
}

describe('conversation flows (embedded runtime)', () => {
  let dir: { path: string; remove(): Promise<void> };
  let runtime: Runtime;
  let chat: ReturnType<typeof createRecordingAdapter>;
  let user = 0;
  let me: string;

  before(async () => {
    dir = await createTempDir();
    chat = createRecordingAdapter();
    const config = parseConfig({ DATA_DIR: dir.path, MAX_UPLOAD_MB: '1', RATE_LIMIT_PER_MINUTE: '5' });
    runtime = await createRuntime(config, { role: 'all', logger: silentLogger, adapters: [chat.adapter], queue: (store) => createInProcessQueue({ backoffMs: 1, journal: store.jobJournal('server') }) });
    await runtime.start();
  });
  after(async () => {
    await runtime.close();
    await dir.remove();
  });
  beforeEach(() => {
    me = `user${++user}`;
  });
  const thread = () => `web:${me}:`;
  const settle = () => runtime.queue.waitUntilIdle();

  test('/start greets a new user by name, says the coach is offline, and offers next steps', async () => {
    await chat.say(me, '/start');
    const [welcome] = chat.shown.filter((m) => m.threadId === thread());
    assert.match(welcome!.message.text, new RegExp(`^Hi ${me}! I'm IntervAI`));
    assert.match(welcome!.message.text, /No AI provider is configured/);
    assert.deepEqual(welcome!.message.buttons?.map((b) => b.label), ['Upload resume', 'Start an interview', 'How it works']);
    assert.equal(chat.texts(thread()).length, 1, 'one reply, no duplicate welcome');
  });

  test('first contact with free text: a welcome, then the offline coach says what it can answer without AI', async () => {
    await chat.say(me, 'can you help me prepare?');
    const texts = chat.texts(thread());
    assert.equal(texts.length, 2);
    assert.match(texts[0]!, /^Hi /);
    assert.match(texts[1]!, /needs the AI coach/);
  });

  test('/help lists every command; buttons run the same commands', async () => {
    await chat.say(me, '/start');
    await chat.press(me, 'command', '/help');
    const help = chat.texts(thread()).at(-1)!;
    assert.match(help, /\/start — welcome/);
    assert.match(help, /\/interview \[role\][^\n]* — a mock interview[\s\S]*\/plan [^\n]* — a day-by-day plan[\s\S]*\/upgrade [^\n]* — more interviews[\s\S]*\/forget — delete everything/);
    assert.doesNotMatch(help, /Coming soon/);
  });

  test('an unknown command and an empty message each get one sentence with the next step', async () => {
    await chat.say(me, '/start');
    await chat.say(me, '/frobnicate now');
    await chat.say(me, '   ');
    const [, unknown, empty] = chat.texts(thread());
    assert.equal(unknown, "I don't know /frobnicate. Type /help to see the commands I understand.");
    assert.match(empty!, /^Your message was empty\. Type \/help/);
  });

  test('/upgrade without billing keys says plainly that upgrades are not set up', async () => {
    await chat.say(me, '/start');
    await chat.say(me, '/upgrade');
    assert.match(chat.texts(thread()).at(-1)!, /^Upgrades aren't set up on this IntervAI yet: an admin adds a Stripe or Paddle key/);
  });

  test('a flood gets one "slow down" and the rest is skipped', async () => {
    for (let i = 0; i < 8; i++) await chat.say(me, '/help');
    const texts = chat.texts(thread());
    assert.equal(texts.filter((t) => t.startsWith("You're sending messages faster than I can answer")).length, 1);
    assert.equal(texts.filter((t) => t.includes('What I can do now')).length, 5);
  });

  test('a redelivered event (same message id) is handled once', async () => {
    await chat.say(me, '/start', 'event-1');
    await chat.say(me, '/start', 'event-1');
    assert.equal(chat.texts(thread()).length, 1);
  });

  test('a returning user is answered before the database write, yet history keeps each message before its reply', async () => {
    for (const text of ['/help', '/nope', 'hello']) await chat.say(me, text);
    const history = await runtime.store.conversations.history(thread(), 20);
    assert.deepEqual(
      history.map((h) => h.direction),
      ['in', 'out', 'out', 'in', 'out', 'in', 'out'],
      'first contact: the message, the welcome, the help; then each message before its reply',
    );
    assert.deepEqual(history.filter((h) => h.direction === 'in').map((h) => h.text), ['/help', '/nope', 'hello']);
  });

  test('an upload is read in the background: one message goes through its stages and ends as the summary card', async () => {
    await chat.upload(me, 'resume.pdf', pdf);
    await settle();
    await chat.upload(me, 'resume-v2.pdf', pdf);
    await settle();
    const progress = chat.shown.filter((m) => m.threadId === thread()).slice(1); // after the welcome
    assert.equal(progress.length, 2, 'one message per upload, edited in place');
    const card = progress[0]!.message;
    assert.match(card.text, /^✅ \*\*Resume version 1 is ready\*\* \(resume\.pdf, PDF, 1 page\)/);
    assert.match(card.text, /\*\*Oluwaseun Adebayo\*\* · Backend Engineer, Payments/);
    assert.match(card.text, /• 3 roles · \d+ years · latest: Backend Engineer II at Ledgerline Ltd \(Apr 2023 – present\)/);
    assert.match(card.text, /Top skills: TypeScript, Node\.js, Go/);
    assert.deepEqual(card.buttons?.map((b) => b.label), ['Optimize for a job', 'Start an interview', 'Show full resume']);
    assert.match(progress[1]!.message.text, /Resume version 2 is ready/);
    const stages = progress[0]!.history.map((m) => m.text.split('\n').at(-1));
    assert.deepEqual(stages.slice(0, 4), ['⏳ saving…', '✅ received → reading → structuring → done', '✅ received → ⏳ reading → structuring → done', '✅ received → ✅ reading → ⏳ structuring → done']);
    const history = await runtime.store.conversations.history(thread(), 50);
    assert.equal(history.at(-1)!.text, progress[1]!.message.text, 'history holds the final state');

    await chat.say(me, '/resume');
    const view = chat.texts(thread()).at(-1)!;
    assert.match(view, /\*\*Experience\*\*\n• Backend Engineer II at Ledgerline Ltd \(Apr 2023 – present\) · 4 bullets/);
    assert.match(view, /Version 2 of 2, from resume-v2\.pdf\. Also kept: v1 \(see one with \/resume 1\)\./);
    await chat.say(me, '/resume 1');
    assert.match(chat.texts(thread()).at(-1)!, /Version 1 of 2, from resume\.pdf\./);
    await chat.say(me, '/resume 7');
    assert.equal(chat.texts(thread()).at(-1)!, 'There is no readable version 7. Your versions: v2, v1.');
  });

  test('/resume before any upload says how to send one', async () => {
    await chat.say(me, '/resume');
    assert.match(chat.texts(thread()).at(-1)!, /^I don't have a resume from you yet\. Send it here as a file/);
  });

  test('a file that cannot be read says why, keeps nothing, and /resume falls back to the last good version', async () => {
    await chat.say(me, '/start');
    await chat.upload(me, 'good.pdf', pdf);
    await settle();
    const filesBefore = await listFiles(`${dir.path}/files`);
    await chat.upload(me, 'locked.pdf', await encryptedPdf());
    await settle();
    assert.match(chat.texts(thread()).at(-1)!, /^⚠️ locked\.pdf is password-protected, so I can't read it\. Please export it again without a password/);
    assert.deepEqual(await listFiles(`${dir.path}/files`), filesBefore, 'the unreadable file is not kept');
    await chat.say(me, '/resume');
    assert.match(chat.texts(thread()).at(-1)!, /^_Your latest upload \(locked\.pdf\) couldn't be read, so this is your last good version\. Send the file again to try once more\._/);
  });

  test('a new user whose first act is an upload meets the bot first', async () => {
    await chat.upload(me, 'resume.pdf', pdf);
    await settle();
    const texts = chat.texts(thread());
    assert.match(texts[0]!, /^Hi /);
    assert.match(texts[1]!, /^✅ \*\*Resume version 1 is ready/);
  });

  test('an upload over the limit is refused before download and nothing is stored', async () => {
    await chat.say(me, '/start');
    const before = await listFiles(`${dir.path}/files`);
    const downloadsBefore = chat.downloads.count;
    await chat.upload(me, 'huge.pdf', Buffer.alloc(10), 5 * 1024 * 1024);
    await settle();
    assert.equal(chat.downloads.count, downloadsBefore, 'the file was never downloaded');
    assert.equal(chat.texts(thread()).at(-1), 'huge.pdf is 5 MB, over the 1 MB limit. Please send a smaller file (a PDF or DOCX resume is usually under 1 MB).');
    assert.deepEqual(await listFiles(`${dir.path}/files`), before);
    const { userId } = await runtime.store.conversations.open(thread(), { platform: 'web', workspaceId: '', platformUserId: me, displayName: me });
    assert.equal(await runtime.store.resumes.latestFor(userId), undefined);
  });

  test('an image is kept out of the resume flow with a sentence saying what to send instead', async () => {
    await chat.say(me, '/start');
    const filesBefore = await listFiles(`${dir.path}/files`);
    await chat.upload(me, 'scan.png', png);
    await settle();
    assert.match(chat.texts(thread()).at(-1)!, /^⚠️ scan\.png is an image, and I can't read text from pictures\. Please send your resume as a PDF, DOCX/);
    assert.deepEqual(await listFiles(`${dir.path}/files`), filesBefore, 'its bytes are not kept');
  });
});

describe('uploads never leave half-written records', () => {
  async function latestResume(runtime: Runtime) {
    const { userId } = await runtime.store.conversations.open('web:u:', { platform: 'web', workspaceId: '', platformUserId: 'u', displayName: 'u' });
    return runtime.store.resumes.latestFor(userId);
  }

  async function runtimeWith(override: { files?: FileStore; failEnqueue?: boolean }) {
    const dir = await createTempDir();
    const chat = createRecordingAdapter();
    const queue = (store: Store) => {
      const inProcess = createInProcessQueue({ backoffMs: 1, journal: store.jobJournal('server') });
      if (override.failEnqueue) inProcess.enqueue = async () => Promise.reject(new Error('queue down'));
      return inProcess;
    };
    const config = parseConfig({ DATA_DIR: dir.path });
    const files = override.files ?? createLocalFileStore(`${dir.path}/files`);
    const runtime = await createRuntime(config, { role: 'all', logger: silentLogger, adapters: [chat.adapter], queue, files });
    await runtime.start();
    return { chat, runtime, dir, files };
  }

  test('when the file store fails, the user is told and no resume row exists', async () => {
    const broken: FileStore = { kind: 'local', put: async () => Promise.reject(new Error('disk full')), get: async () => Buffer.alloc(0), delete: async () => {}, exists: async () => false, deleteAll: async () => 0, deleteOlderThan: async () => 0 };
    const { chat, runtime, dir } = await runtimeWith({ files: broken });
    await chat.upload('u', 'cv.pdf', pdf);
    const last = chat.texts('web:u:').at(-1)!;
    assert.match(last, /^⚠️ I couldn't save cv\.pdf, so nothing was kept\. Please send it again/);
    assert.equal(await latestResume(runtime), undefined);
    await runtime.close();
    await dir.remove();
  });

  test('when the background check keeps failing, the progress message says so and the version is marked failed', async () => {
    const dir = await createTempDir();
    const local = createLocalFileStore(dir.path);
    const unreadable: FileStore = { ...local, get: async () => Promise.reject(new Error('storage offline')) };
    const { chat, runtime } = await runtimeWith({ files: unreadable });
    await chat.upload('u', 'cv.pdf', pdf);
    await runtime.queue.waitUntilIdle();
    assert.match(chat.texts('web:u:').at(-1)!, /^⚠️ I couldn't read cv\.pdf just now, so it isn't saved as a resume\. Please send it again in a few minutes\.$/);
    assert.equal((await latestResume(runtime))?.status, 'failed');
    await runtime.close();
    await dir.remove();
  });

  test('when queuing fails, the stored file and the resume row are removed again', async () => {
    const { chat, runtime, dir } = await runtimeWith({ failEnqueue: true });
    await chat.upload('u', 'cv.pdf', pdf);
    assert.match(chat.texts('web:u:').at(-1)!, /^⚠️ I couldn't save cv\.pdf/);
    assert.deepEqual(await listFiles(`${dir.path}/files`), []);
    assert.equal(await latestResume(runtime), undefined);
    await runtime.close();
    await dir.remove();
  });
});

describe('redelivered events after a restart', () => {
  test('an event handled before the restart is not handled again, even for a sender already active since', async () => {
    const dir = await createTempDir();
    const chat = createRecordingAdapter();
    const open = async () => {
      const runtime = await createRuntime(parseConfig({ DATA_DIR: dir.path }), { role: 'all', logger: silentLogger, adapters: [chat.adapter] });
      await runtime.start();
      return runtime;
    };
    try {
      let runtime = await open();
      await chat.say('ada', '/help', 'update-1');
      await runtime.close();
      runtime = await open();
      await chat.say('ada', '/help', 'update-2'); // makes ada a known sender in this process
      await chat.say('ada', '/help', 'update-1'); // the platform resends an update from before the restart
      await runtime.close();
      assert.equal(chat.texts('web:ada:').filter((t) => t.includes('What I can do now')).length, 2);
    } finally {
      await dir.remove();
    }
  });
});

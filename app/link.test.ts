// /link across two platforms sharing one embedded runtime (PGlite, in-process jobs, local
// files), each platform a recording chat: a resume uploaded in the playground is there on
// Telegram once the Telegram account sends the playground's code; wrong, expired and own codes
// are refused with one sentence.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { parseConfig } from '../core/config.ts';
import { silentLogger } from '../core/ports/logger.ts';
import { createInProcessQueue } from '../core/queue/in-process-queue.ts';
import { createRecordingAdapter } from '../test-helpers/recording-adapter.ts';
import { plainTextResume, sampleResume } from '../test-helpers/resume-files.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';
import { createRuntime, type Runtime } from './runtime.ts';

const { bytes: pdf, expected } = await sampleResume('pdf-two-column');
const web = createRecordingAdapter('web');
const telegram = createRecordingAdapter('telegram');
let clock = new Date('2026-11-26T09:00:00Z');
let dir: Awaited<ReturnType<typeof createTempDir>>;
let runtime: Runtime;

before(async () => {
  dir = await createTempDir();
  runtime = await createRuntime(parseConfig({ DATA_DIR: dir.path, RATE_LIMIT_PER_MINUTE: '100' }), {
    role: 'all',
    logger: silentLogger,
    adapters: [web.adapter, telegram.adapter],
    queue: (store) => createInProcessQueue({ journal: store.jobJournal('server') }),
    now: () => clock,
  });
  await runtime.start();
});
after(async () => {
  await runtime.close();
  await dir.remove();
});

const lastText = (chat: typeof web, user: string) => chat.texts(`${chat.adapter.platform}:${user}:`).at(-1)!;

async function codeFor(user: string): Promise<string> {
  await web.say(user, '/link');
  const code = /\*\*([A-Z0-9]{5}-[A-Z0-9]{5})\*\*/.exec(lastText(web, user))?.[1];
  assert.ok(code, `no code in: ${lastText(web, user)}`);
  return code;
}

const filesUnder = async (path: string) => (await readdir(path, { recursive: true, withFileTypes: true }).catch(() => [])).filter((f) => f.isFile()).map((f) => `${f.parentPath}/${f.name}`);

test('a playground code sent from Telegram makes one profile: the resume uploaded on one shows on the other', async () => {
  const name = expected.basics.name!;
  await web.upload('ada', 'resume.pdf', pdf);
  await runtime.queue.waitUntilIdle();
  await telegram.say('ada-tg', '/resume');
  assert.match(lastText(telegram, 'ada-tg'), /have a resume from you yet/, 'before linking, Telegram is someone new');
  await telegram.upload('ada-tg', 'resume.txt', Buffer.from(plainTextResume));
  await runtime.queue.waitUntilIdle();

  const code = await codeFor('ada');
  assert.match(lastText(web, 'ada'), new RegExp(`On your other platform, send \`/link ${code}\``));
  const stored = await runtime.store.conversations.history('web:ada:', 50);
  assert.ok(stored.every((m) => !m.text.includes(code)), 'the live code is shown, never stored in the history');

  await telegram.sayInGroup('ada-tg', '/link');
  assert.match(telegram.texts('telegram:group:').at(-1)!, /^A link code opens your profile to whoever sends it, so I only give one in a direct message\./, 'no code where others read');

  await telegram.say('ada-tg', '/link WRONG123');
  assert.equal(lastText(telegram, 'ada-tg'), "That code doesn't work: it may be mistyped or already used. Send /link on your other platform for a new one.");

  await telegram.say('ada-tg', `/link ${code.toLowerCase().replace('-', ' ')}`);
  assert.equal(lastText(telegram, 'ada-tg'), 'Linked: your Telegram and playground accounts are now one IntervAI profile (resume, interviews, stories…).');

  // Telegram now reads the playground's resume (the Telegram one is the newer version, 2).
  await telegram.say('ada-tg', '/resume 1');
  assert.match(lastText(telegram, 'ada-tg'), new RegExp(name));
  await web.say('ada', '/resume');
  assert.match(lastText(web, 'ada'), /Ada Lovelace/, "the playground sees Telegram's upload as its newest version");
  const [webUser, telegramUser] = await Promise.all([
    runtime.store.conversations.open('web:ada:', { platform: 'web', workspaceId: '', platformUserId: 'ada', displayName: 'ada Tester' }),
    runtime.store.conversations.open('telegram:ada-tg:', { platform: 'telegram', workspaceId: '', platformUserId: 'ada-tg', displayName: 'ada-tg Tester' }),
  ]);
  assert.equal(telegramUser.userId, webUser.userId);
  assert.deepEqual((await runtime.store.resumes.versions(webUser.userId)).map((v) => v.version), [2, 1]);
  const files = await filesUnder(dir.path);
  assert.ok(files.every((f) => !f.includes('/uploads/') || f.includes(webUser.userId)), 'every kept file is in the kept user\'s folder');

  await telegram.say('ada-tg', `/link ${code}`);
  assert.match(lastText(telegram, 'ada-tg'), /already used/, 'a code works once');
  const again = await codeFor('ada');
  await telegram.say('ada-tg', `/link ${again}`);
  assert.match(lastText(telegram, 'ada-tg'), /^Already linked/);
});

test('an expired code is refused and links nothing; so is your own code', async () => {
  const code = await codeFor('bo');
  await web.say('bo', `/link ${code}`);
  assert.match(lastText(web, 'bo'), /^Already linked/);
  clock = new Date(clock.getTime() + 16 * 60_000);
  await telegram.say('bo-tg', `/link ${code}`);
  assert.equal(lastText(telegram, 'bo-tg'), 'That code has expired (codes last 15 minutes). Send /link on your other platform for a new one.');
  const bo = await runtime.store.conversations.open('web:bo:', { platform: 'web', workspaceId: '', platformUserId: 'bo', displayName: 'bo Tester' });
  const boTelegram = await runtime.store.conversations.open('telegram:bo-tg:', { platform: 'telegram', workspaceId: '', platformUserId: 'bo-tg', displayName: 'bo-tg Tester' });
  assert.notEqual(bo.userId, boTelegram.userId);
});

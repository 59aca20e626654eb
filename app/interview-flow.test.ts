// Mock interviews end to end on the embedded runtime with the offline coach: options by
// buttons, a plan that starts from the resume, follow-ups, hint/repeat/skip, scoring in the
// background, the report with its chart, a restart mid-interview, and idle sessions closed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parseConfig } from '../core/config.ts';
import { silentLogger } from '../core/ports/logger.ts';
import { createInProcessQueue } from '../core/queue/in-process-queue.ts';
import { createRecordingAdapter } from '../test-helpers/recording-adapter.ts';
import { weakBulletsResume } from '../test-helpers/resume-files.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';
import { createRuntime, type Runtime } from './runtime.ts';

const star =
  'At my last company our payouts were late every Friday and merchants complained. I was responsible for the payouts service, so I measured each step, ' +
  'I found two slow queries and I rewrote them with a batch job. As a result payouts went out 3 hours earlier and complaints dropped by 80% within a month.';

describe('mock interviews', () => {
  let dir: { path: string; remove(): Promise<void> };
  let runtime: Runtime;
  const chat = createRecordingAdapter();
  const open = async (extra: Record<string, string> = {}) => {
    runtime = await createRuntime(parseConfig({ DATA_DIR: dir.path, RATE_LIMIT_PER_MINUTE: '200', ...extra }), {
      role: 'all',
      logger: silentLogger,
      adapters: [chat.adapter],
      queue: (store) => createInProcessQueue({ backoffMs: 1, journal: store.jobJournal('server') }),
    });
    await runtime.start();
  };
  const settle = () => runtime.queue.waitUntilIdle();
  const texts = (user: string) => chat.texts(`web:${user}:`);
  const lastText = (user: string) => texts(user).at(-1)!;
  const press = async (user: string, label: string) => {
    const button = chat.shown.filter((m) => m.threadId === `web:${user}:`).flatMap((m) => m.message.buttons ?? []).reverse().find((b) => b.label === label)!;
    await chat.press(user, button.actionId, button.value);
  };

  before(async () => {
    dir = await createTempDir();
    await open();
  });
  after(async () => {
    await runtime.close();
    await dir.remove();
  });

  test('options by buttons, a resume question first, follow-ups, hint/repeat/skip, then a scored report with a chart', async () => {
    await chat.upload('ana', 'ana.json', Buffer.from(JSON.stringify(weakBulletsResume)));
    await settle();
    await chat.say('ana', '/interview backend');
    assert.match(lastText('ana'), /^What kind of interview\?/);
    await press('ana', 'Mixed');
    assert.match(lastText('ana'), /^At what level\? Your resume reads as senior\./);
    await press('ana', 'Senior');
    assert.match(lastText('ana'), /^Interview: backend · mixed · 5 questions\./);
    assert.match(lastText('ana'), /\*\*Q1\/5\.\*\* Walk me through this from your time at Shoply: "Built REST APIs in TypeScript for 40 merchants"/);

    await chat.say('ana', 'We did it together.');
    assert.match(lastText('ana'), /^Follow-up: Could you make that concrete\?/);
    await chat.say('ana', star);
    assert.match(lastText('ana'), /^\*\*Q2\/5\.\*\* /);
    const q2 = lastText('ana');
    await chat.say('ana', 'hint');
    assert.match(lastText('ana'), /^💡 Hint: /);
    await chat.say('ana', 'repeat');
    assert.equal(lastText('ana'), q2);
    await chat.say('ana', 'skip');
    assert.match(lastText('ana'), /^Let's move on\.\n\n\*\*Q3\/5\.\*\* /);
    await chat.say('ana', star);
    assert.match(lastText('ana'), /^\*\*Q4\/5\.\*\* /);
    await chat.say('ana', '/end');
    assert.match(lastText('ana'), /^Okay, let's stop here\. Thank you!/);
    await settle();

    const report = lastText('ana');
    assert.match(report, /^\*\*Interview report\*\* — backend · mixed · senior · 2 of 5 questions answered/);
    assert.match(report, /\*\*Overall: \d\.\d\/5\*\*/);
    assert.match(report, /\*\*Top improvements\*\*\n1\) /);
    assert.match(report, /\*\*Model answer for your weakest question\*\*/);
    assert.match(report, /_Scored offline by rules/);
    const shownReport = chat.shown.filter((m) => m.threadId === 'web:ana:').at(-1)!.message;
    const chart = shownReport.files![0]!;
    assert.equal(chart.mimeType, 'image/png');
    const png = await runtime.files.get(chart.fileKey);
    assert.deepEqual([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');

    const { userId } = await runtime.store.conversations.open('web:ana:', { platform: 'web', workspaceId: '', platformUserId: 'ana', displayName: 'ana Tester' });
    const session = (await runtime.store.interviews.latestFor(userId))!;
    const answers = await runtime.store.interviews.answers(session.id);
    assert.equal(answers.length, 3, 'two answers and the vague one are stored');
    assert.ok(answers.every((a) => a.score && a.score.scores.result.evidence !== undefined), 'every answer was scored with evidence');

    await chat.say('ana', '/export report');
    const pdf = chat.shown.filter((m) => m.threadId === 'web:ana:').at(-1)!.message.files![0]!;
    const doc = await getDocument({ data: new Uint8Array(await runtime.files.get(pdf.fileKey)), isEvalSupported: false, verbosity: 0 }).promise;
    const text = (await (await doc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    assert.match(text, /Interview report/);
    await doc.destroy();

    // A strong answer is offered for the story bank, split into its STAR parts.
    await chat.say('ana', '/stories');
    assert.match(lastText('ana'), /^\*\*Save this story\?\*\* \(from a strong interview answer, \d more after this\)\n\*\*Payouts went out 3 hours earlier and complaints…\*\*\n/);
    assert.match(lastText('ana'), /• \*\*Situation:\*\* At my last company our payouts were late every Friday and merchants complained\./);
    await press('ana', 'Save');
    assert.match(lastText('ana'), /^✅ Saved "Payouts went out 3 hours earlier/);
    await press('ana', 'Stop');
    assert.equal((await runtime.store.stories.list(userId))[0]!.source, 'interview');
  });

  test('two people interviewing at once each see only their own questions; a restart mid-interview loses nothing', async () => {
    await chat.say('bo', '/interview data analyst behavioral junior');
    await chat.say('cy', '/interview backend technical mid');
    assert.match(lastText('bo'), /^Interview: data analyst · behavioral/);
    assert.match(lastText('cy'), /^Interview: backend · technical/);
    const boBefore = texts('bo').length;
    await chat.say('cy', star);
    assert.equal(texts('bo').length, boBefore, "cy's answer sends nothing to bo");

    await runtime.close();
    await open();
    await chat.say('cy', star);
    assert.match(lastText('cy'), /^\*\*Q3\/5\.\*\* /, 'the interview continues where it was after the restart');
    await chat.say('cy', '/interview');
    assert.match(lastText('cy'), /^You're in an interview \(question 3 of 5\)/);
  });

  test('an interview left quiet is closed after the idle period with its report so far', async () => {
    await runtime.close();
    await open({ INTERVIEW_IDLE_MINUTES: '0.005' }); // 300 ms
    await chat.say('di', '/interview backend behavioral mid');
    await chat.say('di', star);
    await settle();
    const deadline = Date.now() + 10_000;
    while (!/^\*\*Interview report\*\*/.test(lastText('di')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.match(lastText('di'), /^\*\*Interview report\*\*[^\n]*1 of 5 questions answered\n_This interview was closed after a quiet spell/);
    await chat.say('di', 'hello?');
    assert.doesNotMatch(lastText('di'), /^Follow-up|^\*\*Q/, 'free text no longer goes to the closed interview');
  });
});

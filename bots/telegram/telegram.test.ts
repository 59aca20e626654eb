// IntervAI's Telegram side, end to end: the app as `npm start` runs it, the real grammY, and a
// fake Bot API on 127.0.0.1. Polling and webhook modes.
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { backendJobDescription, sampleResume, weakBulletsResume } from '../../test-helpers/resume-files.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { serve, type Served } from '../../app/serve.ts';
import { parseConfig } from '../../core/config.ts';
import { FakeTelegram, type RecordedCall } from '../../test-helpers/fake-telegram.ts';
import { createTempDir } from '../../test-helpers/temp-dir.ts';

async function startApp(fake: FakeTelegram, env: Record<string, string> = {}) {
  const dir = await createTempDir();
  const served = await serve(
    parseConfig({ DATA_DIR: dir.path, PORT: '0', LOG_LEVEL: 'silent', TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, ...env }),
    'all',
  );
  return {
    served,
    async stop() {
      await served.stop();
      await dir.remove();
    },
  };
}

/** Waits for a successful sendMessage/editMessageText to this chat whose text matches. */
async function waitForText(fake: FakeTelegram, method: string, chatId: number, pattern: RegExp): Promise<RecordedCall> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = fake.callsOf(method).find((c) => c.response?.ok && Number(c.params.chat_id) === chatId && pattern.test(String(c.params.text)));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no ${method} matching ${pattern}; saw ${JSON.stringify(fake.callsOf(method).map((c) => c.params.text))}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Polls until `check` returns a value (10 s at most). */
async function waitFor<T>(check: () => T | undefined): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const repliesTo = (fake: FakeTelegram, chatId: number) => fake.callsOf('sendMessage').filter((c) => Number(c.params.chat_id) === chatId);

describe('Telegram in polling mode', () => {
  const fake = new FakeTelegram();
  let app: { served: Served; stop(): Promise<void> };
  before(async () => {
    await fake.start();
    app = await startApp(fake);
  });
  after(async () => {
    await app.stop();
    await fake.stop();
  });

  test('/healthz reports Telegram with the database and the queue', async () => {
    const health = await (await fetch(new URL('healthz', app.served.url))).json();
    assert.equal(health.status, 'ok');
    assert.deepEqual(health.platforms.telegram, { ok: true });
  });

  test('start-up registers the commands for the menu', async () => {
    const [call] = await fake.waitForCalls('setMyCommands');
    assert.deepEqual((call!.params.commands as Array<{ command: string }>).map((c) => c.command), ['start', 'help', 'resume', 'optimize', 'export', 'coverletter', 'interview', 'end', 'pitch', 'plan', 'stories', 'practice', 'language', 'usage', 'upgrade', 'billing', 'link', 'export_data', 'forget']);
  });

  test('/start gets the welcome in HTML with an inline keyboard, with no typing flicker first', async () => {
    fake.pushUpdate(fake.userMessage(101, '/start'));
    const reply = await waitForText(fake, 'sendMessage', 101, /^Hi Alice! I'm IntervAI/);
    assert.equal(reply.params.parse_mode, 'HTML');
    assert.match(String(reply.params.text), /<i>No AI provider is configured/);
    const keyboard = (reply.params.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard;
    assert.deepEqual(keyboard.flat().map((b) => [b.text, b.callback_data]), [['Upload resume', 'upload-resume:'], ['Start an interview', 'command:/interview'], ['How it works', 'command:/help']]);
    assert.ok(!fake.callsOf('sendChatAction').some((c) => Number(c.params.chat_id) === 101), 'an instant answer needs no "typing…"');
  });

  test('a button press is answered and runs its command', async () => {
    fake.pushUpdate({
      callback_query: {
        id: 'cq-1',
        from: { id: 102, is_bot: false, first_name: 'Bo' },
        chat_instance: 'x',
        data: 'command:/help',
        message: { message_id: 5, date: 0, chat: { id: 102, type: 'private' }, text: 'Hi' },
      },
    });
    await waitForText(fake, 'sendMessage', 102, /<b>What I can do now<\/b>/);
    assert.ok(fake.callsOf('answerCallbackQuery').some((c) => c.params.callback_query_id === 'cq-1'));
  });

  test('the same message delivered twice gets one reply', async () => {
    const update = fake.userMessage(103, '/help');
    fake.pushUpdate(update);
    fake.pushUpdate(update);
    await waitForText(fake, 'sendMessage', 103, /What I can do now/);
    await new Promise((r) => setTimeout(r, 300));
    // The welcome for a new user, then /help once.
    assert.deepEqual(repliesTo(fake, 103).map((c) => String(c.params.text).slice(0, 12)), ['Hi Alice! I\'', '<b>What I ca']);
  });

  test('/optimize: the report, two accepted rewrites, and DOCX and PDF documents that open with them', async () => {
    const chat = 106;
    fake.pushUpdate(fake.userMessage(chat, '', { text: undefined, document: fake.addDocument('maya.json', Buffer.from(JSON.stringify(weakBulletsResume)), 'application/json') }));
    await waitForText(fake, 'editMessageText', chat, /Resume version 1 is ready/);
    fake.pushUpdate(fake.userMessage(chat, `/optimize ${backendJobDescription}`));
    await waitForText(fake, 'editMessageText', chat, /^<b>Match: \d+\/100<\/b> for <i>Senior Backend Engineer<\/i>/);
    await waitForText(fake, 'sendMessage', chat, /^<b>Suggestion 3\/3<\/b>/);
    const accepts = repliesTo(fake, chat)
      .filter((c) => /^<b>Suggestion [12]\/3<\/b>/.test(String(c.params.text)))
      .map((c) => (c.params.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard.flat().find((b) => b.text === 'Accept')!.callback_data);
    for (const [i, data] of accepts.entries()) {
      fake.pushUpdate({ callback_query: { id: `cq-opt-${i}`, from: { id: chat, is_bot: false, first_name: 'Maya' }, chat_instance: 'x', data, message: { message_id: 1, date: 0, chat: { id: chat, type: 'private' }, text: 'Suggestion' } } });
      await waitForText(fake, 'editMessageText', chat, new RegExp(`saved as resume version ${i + 2}`));
    }
    fake.pushUpdate(fake.userMessage(chat, '/export docx'));
    fake.pushUpdate(fake.userMessage(chat, '/export pdf'));
    const [docx, pdf] = await waitFor(() => {
      const sent = fake.callsOf('sendDocument').filter((c) => Number(c.params.chat_id) === chat);
      return sent.length >= 2 ? sent.map((c) => c.params.document as { fileName: string; bytes: Buffer }) : undefined;
    });
    assert.match(docx!.fileName, /^Maya_Patel_Resume_v3\.docx$/);
    const docxText = (await mammoth.extractRawText({ buffer: docx!.bytes })).value;
    assert.ok(docxText.includes('Managed the Node.js payouts service on PostgreSQL') && docxText.includes('Built the Kafka event pipeline for card settlements'));
    const pdfDoc = await getDocument({ data: new Uint8Array(pdf!.bytes), isEvalSupported: false, verbosity: 0 }).promise;
    const pdfText = (await (await pdfDoc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    assert.ok(pdfText.replace(/\s+/g, ' ').includes('Managed the Node.js payouts service on PostgreSQL'), pdfText.slice(0, 300));
    await pdfDoc.destroy();
  });

  test('a mock interview: inline-keyboard options, questions, a follow-up, the report with its chart as a photo, the PDF', async () => {
    const chat = 107;
    const press = (data: string, id: string) =>
      fake.pushUpdate({ callback_query: { id, from: { id: chat, is_bot: false, first_name: 'Ana' }, chat_instance: 'x', data, message: { message_id: 1, date: 0, chat: { id: chat, type: 'private' }, text: 'x' } } });
    const keyboardOf = (call: RecordedCall) => (call.params.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard.flat();
    fake.pushUpdate(fake.userMessage(chat, '/interview backend'));
    const kinds = await waitForText(fake, 'sendMessage', chat, /^What kind of interview\?/);
    press(keyboardOf(kinds).find((b) => b.text === 'Behavioral')!.callback_data, 'cq-int-1');
    const levels = await waitForText(fake, 'sendMessage', chat, /^At what level\?/);
    press(keyboardOf(levels).find((b) => b.text === 'Mid')!.callback_data, 'cq-int-2');
    const first = await waitForText(fake, 'sendMessage', chat, /^Interview: backend · behavioral · 5 questions\./);
    assert.deepEqual(keyboardOf(first).map((b) => b.text), ['Hint', 'Repeat', 'Skip', 'End']);
    fake.pushUpdate(fake.userMessage(chat, 'We fixed it.'));
    await waitForText(fake, 'sendMessage', chat, /^Follow-up: Could you make that concrete\?/);
    const story = 'At my last company releases took two days. I was responsible for the pipeline, so I measured each step and I automated the checks. As a result releases took 40 minutes.';
    for (let n = 2; n <= 5; n++) {
      fake.pushUpdate(fake.userMessage(chat, story));
      await waitForText(fake, 'sendMessage', chat, new RegExp(`^<b>Q${n}/5\\.</b>`));
    }
    fake.pushUpdate(fake.userMessage(chat, story));
    await waitForText(fake, 'sendMessage', chat, /^<b>Interview report<\/b> — backend · behavioral · mid · 5 of 5 questions answered/);
    const photo = await waitFor(() => fake.callsOf('sendPhoto').find((c) => Number(c.params.chat_id) === chat));
    assert.equal((photo.params.photo as { bytes: Buffer }).bytes.subarray(1, 4).toString('latin1'), 'PNG');
    fake.pushUpdate(fake.userMessage(chat, '/export report'));
    const pdf = await waitFor(() => fake.callsOf('sendDocument').find((c) => Number(c.params.chat_id) === chat));
    assert.match((pdf.params.document as { fileName: string }).fileName, /^Interview_report_\d{4}-\d{2}-\d{2}\.pdf$/);
    assert.equal((pdf.params.document as { bytes: Buffer }).bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  });

  test('a document is downloaded through getFile and its progress message is edited to the result', async () => {
    const document = fake.addDocument('cv.pdf', (await sampleResume('pdf-two-column')).bytes);
    fake.pushUpdate(fake.userMessage(104, '', { text: undefined, document }));
    const done = await waitForText(fake, 'editMessageText', 104, /^✅ <b>Resume version 1 is ready<\/b> \(cv\.pdf, PDF, 1 page\)/);
    assert.match(String(done.params.text), /<b>Oluwaseun Adebayo<\/b> · Backend Engineer, Payments\n• 3 roles · \d+ years · latest: Backend Engineer II at Ledgerline Ltd \(Apr 2023 – present\)/);
    const buttons = (done.params.reply_markup as { inline_keyboard: Array<Array<{ text: string }>> }).inline_keyboard.flat().map((b) => b.text);
    assert.deepEqual(buttons, ['Optimize for a job', 'Start an interview', 'Show full resume']);
    const progress = await waitForText(fake, 'sendMessage', 104, /^📄 <b>cv\.pdf<\/b>/);
    const progressId = (progress.response!.result as { message_id: number }).message_id;
    assert.equal(Number(done.params.message_id), progressId, 'the progress message itself is edited');
    const stages = fake.callsOf('editMessageText').filter((c) => Number(c.params.message_id) === progressId).map((c) => String(c.params.text).split('\n').at(-1));
    assert.ok(stages.includes('✅ received → ⏳ reading → structuring → done') || stages.includes('✅ received → ✅ reading → ⏳ structuring → done'), `stages shown: ${stages.join(' | ')}`);
    assert.equal(repliesTo(fake, 104).filter((c) => /cv\.pdf/.test(String(c.params.text))).length, 1);
    assert.ok(fake.callsOf('getFile').some((c) => c.params.file_id === document.file_id));
  });

  test('free text gets an honest answer, and a 429 is waited out instead of lost', async () => {
    fake.pushUpdate(fake.userMessage(105, '/start'));
    await waitForText(fake, 'sendMessage', 105, /^Hi Alice/);
    fake.rateLimited.set('sendMessage', 1);
    fake.pushUpdate(fake.userMessage(105, 'Which Kubernetes operator should our team pick?'));
    await waitForText(fake, 'sendMessage', 105, /needs the AI coach/);
    const tries = repliesTo(fake, 105).filter((c) => /needs the AI coach/.test(String(c.params.text)));
    assert.deepEqual(tries.map((c) => c.response?.ok), [false, true]);
  });
});

describe('Telegram in webhook mode', () => {
  const fake = new FakeTelegram();
  let app: { served: Served; stop(): Promise<void> };
  const secret = 'webhook-secret-1';
  before(async () => {
    await fake.start();
    app = await startApp(fake, { TELEGRAM_MODE: 'webhook', TELEGRAM_WEBHOOK_SECRET: secret, PUBLIC_URL: 'https://bot.example.test' });
  });
  after(async () => {
    await app.stop();
    await fake.stop();
  });

  const post = (update: object, token: string) =>
    fetch(new URL('telegram/webhook', app.served.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': token },
      body: JSON.stringify(update),
    });

  test('the webhook is registered with its secret', async () => {
    const [call] = await fake.waitForCalls('setWebhook');
    assert.equal(call!.params.url, 'https://bot.example.test/telegram/webhook');
    assert.equal(call!.params.secret_token, secret);
  });

  test('an update with the right secret is answered', async () => {
    const response = await post({ update_id: 1, ...fake.userMessage(201, '/start') }, secret);
    assert.equal(response.status, 200);
    await waitForText(fake, 'sendMessage', 201, /^Hi Alice!/);
  });

  test('free text and a document work through the webhook too', async () => {
    await post({ update_id: 3, ...fake.userMessage(203, 'what can you do?') }, secret);
    await waitForText(fake, 'sendMessage', 203, /^Happy to help\. Without AI I can still:/);
    const document = fake.addDocument('cv.docx', (await sampleResume('docx')).bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    await post({ update_id: 4, ...fake.userMessage(203, '', { text: undefined, document }) }, secret);
    await waitForText(fake, 'editMessageText', 203, /^✅ <b>Resume version 1 is ready<\/b> \(cv\.docx, Word document\)/);
  });

  test('a wrong secret gets 401 and nothing is processed or stored', async () => {
    const response = await post({ update_id: 2, ...fake.userMessage(202, '/start') }, 'forged');
    assert.equal(response.status, 401);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(repliesTo(fake, 202), []);
    assert.deepEqual(await app.served.runtime.store.conversations.history('telegram:202:', 10), []);
  });
});

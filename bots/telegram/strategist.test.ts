// The Strategist on Telegram: the real grammY bot against a loopback Bot API and a scripted
// tool-using model behind the real LangChain client. Cited answers arrive by edits of one
// message, an interview date becomes a plan whose morning reminder is sent, and /pitch ends in
// a saved 60-second pitch that reuses a story from the bank.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { serve, type Served } from '../../app/serve.ts';
import { parseConfig } from '../../core/config.ts';
import { FakeOpenAI } from '../../test-helpers/fake-openai.ts';
import { FakeTelegram, type RecordedCall } from '../../test-helpers/fake-telegram.ts';
import { weakBulletsResume } from '../../test-helpers/resume-files.ts';
import { scriptedStrategist } from '../../test-helpers/scripted-strategist.ts';
import { createTempDir } from '../../test-helpers/temp-dir.ts';

const chat = 301;
// Half a second before the plan's first reminder; the test moves the clock past it (delayed jobs follow it).
const wednesday = new Date('2026-12-02T07:59:59.500Z');
let clockMovedMs = 0;
const clock = () => new Date(wednesday.getTime() + clockMovedMs);
const telegram = new FakeTelegram();
const provider = new FakeOpenAI();
let served: Served;
let dir: Awaited<ReturnType<typeof createTempDir>>;

before(async () => {
  await Promise.all([telegram.start(), provider.start()]);
  provider.defaultReply = scriptedStrategist;
  dir = await createTempDir();
  const env = { DATA_DIR: dir.path, PORT: '0', LOG_LEVEL: 'silent', TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot, OPENAI_API_KEY: provider.apiKey, OPENAI_BASE_URL: provider.baseUrl };
  served = await serve(parseConfig(env), 'all', { now: clock });
  await served.runtime.queue.waitUntilIdle(); // the guides are indexed
});
after(async () => {
  await served.stop();
  await Promise.all([telegram.stop(), provider.stop()]);
  await dir.remove();
});

/** The next successful call of `method` to the chat, after those seen so far, whose text matches. */
async function next(method: string, pattern: RegExp, seen = new Set(telegram.calls)): Promise<RecordedCall> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = telegram.callsOf(method).find((c) => !seen.has(c) && c.response?.ok && Number(c.params.chat_id) === chat && pattern.test(String(c.params.text)));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no ${method} matching ${pattern}; saw ${JSON.stringify(telegram.callsOf(method).map((c) => c.params.text).slice(-4))}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function say(text: string, method: string, pattern: RegExp) {
  const seen = new Set(telegram.calls);
  telegram.pushUpdate(telegram.userMessage(chat, text));
  return next(method, pattern, seen);
}

let pressed = 0;
async function press(on: RecordedCall, label: string, method: string, pattern: RegExp) {
  const keyboard = (on.params.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard.flat();
  const button = keyboard.find((b) => b.text === label);
  assert.ok(button, `a "${label}" button among ${keyboard.map((b) => b.text).join(', ')}`);
  const seen = new Set(telegram.calls);
  telegram.pushUpdate({ callback_query: { id: `cq-${++pressed}`, from: { id: chat, is_bot: false, first_name: 'Maya' }, chat_instance: 'x', data: button.callback_data, message: { message_id: 1, date: 0, chat: { id: chat, type: 'private' }, text: 'x' } } });
  return next(method, pattern, seen);
}

test('three questions are answered by edits of one message, each citing the guide section it used', async () => {
  for (const question of ['How do I negotiate a higher salary offer?', 'What questions should I ask the interviewer at the end?', 'How should I prepare for a remote video interview?']) {
    const answer = await say(question, 'editMessageText', /<i>Sources: \[1\] guides\/[a-z-]+\.md § [^<]+<\/i>$/);
    const placeholder = telegram.callsOf('sendMessage').find((c) => c.response?.ok && (c.response.result as { message_id: number }).message_id === Number(answer.params.message_id));
    assert.equal(placeholder?.params.text, '💭 Thinking…', 'the answer replaced its placeholder');
  }
});

test('an interview date becomes a plan, and the reminder job sends that morning’s part', async () => {
  await say('I have an interview at Stripe on Friday', 'sendMessage', /^<b>Your plan for the Stripe interview on Fri 4 Dec<\/b>/);
  // Wednesday's reminder falls due once the clock passes 08:00.
  clockMovedMs += 1000;
  await next('sendMessage', /^<b>2 days until your Stripe interview\.<\/b> Today:/, new Set());
});

test('/pitch ends in a saved 60-second pitch that reuses a story saved from the chat', async () => {
  telegram.pushUpdate(telegram.userMessage(chat, '', { text: undefined, document: telegram.addDocument('maya.json', Buffer.from(JSON.stringify(weakBulletsResume)), 'application/json') }));
  await next('editMessageText', /Resume version 1 is ready/, new Set());
  const card = await say('save this story: Payouts at Finlo Payments took two days. I was asked to make them faster. I rewrote the batching in the payouts service. Payout time dropped by 40% for 3,000 merchants.', 'sendMessage', /^<b>Save this story\?<\/b>/);
  await press(card, 'Save', 'sendMessage', /^✅ Saved "Faster payouts at Finlo"/);
  const intro = await say('/pitch', 'sendMessage', /^Let's work on your 60-second pitch/);
  const role = await press(intro, 'Draft with me', 'sendMessage', /Which role is this pitch for/);
  const audience = await press(role, 'Backend Engineer', 'sendMessage', /Who will hear it/);
  const length = await press(audience, 'The hiring manager', 'sendMessage', /How long/);
  const draft = await press(length, '60 s', 'sendMessage', /^<b>A draft written with AI from your resume and saved stories<\/b>/);
  assert.match(String(draft.params.text), /Payout time dropped by 40% for 3,000 merchants/);
  await press(draft, 'Save this version', 'sendMessage', /^✅ Saved as your 60-second pitch/);
  await say('/pitch', 'sendMessage', /^<b>Your saved pitch<\/b> \(60 s\):\n"I'm Maya Patel/);
});

// Voice answers end to end: the app as `npm start` runs it, the real grammY against the fake
// Bot API, and (with AI) the real openai SDK against the fake provider. A Telegram voice note in
// a mock interview is downloaded, transcribed, scored and measured; offline it is refused
// politely and the interview waits for a typed answer.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { serve, type Served } from './serve.ts';
import { rubricCriteria } from '../core/coach/coach.ts';
import { parseConfig } from '../core/config.ts';
import { tinyWav } from '../test-helpers/audio.ts';
import { FakeOpenAI, spokenTranscript, type ChatRequest } from '../test-helpers/fake-openai.ts';
import { FakeTelegram, type RecordedCall } from '../test-helpers/fake-telegram.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';

/** The judge scores every criterion 4; the interviewer always moves on. */
function scripted(request: ChatRequest): string {
  const system = String(request.messages[0]?.content ?? '');
  if (/score one interview answer/.test(system)) return JSON.stringify(Object.fromEntries(rubricCriteria.map((c) => [c, { score: 4, evidence: 'payouts went out earlier', improvement: `Improve ${c}.` }])));
  if (/interviewer/.test(system)) return JSON.stringify({ decision: 'next_question', reason: 'complete', followUp: '' });
  return 'Fake answer.';
}

async function startApp(telegram: FakeTelegram, env: Record<string, string> = {}) {
  const dir = await createTempDir();
  const served = await serve(parseConfig({ DATA_DIR: dir.path, PORT: '0', LOG_LEVEL: 'silent', TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot, ...env }), 'all');
  return { served, stop: () => served.stop().then(() => dir.remove()) };
}

/** Waits for a successful sendMessage to this chat whose text matches. */
async function waitForText(telegram: FakeTelegram, chatId: number, pattern: RegExp): Promise<RecordedCall> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = telegram.callsOf('sendMessage').find((c) => c.response?.ok && Number(c.params.chat_id) === chatId && pattern.test(String(c.params.text)));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no reply matching ${pattern}; saw ${JSON.stringify(telegram.callsOf('sendMessage').map((c) => c.params.text))}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A voice message as Telegram sends it: no text, a voice object with the recording. */
function voiceMessage(telegram: FakeTelegram, chatId: number, recording: Buffer) {
  const update = telegram.userMessage(chatId, '', { voice: telegram.addVoice(recording, 11) });
  delete (update.message as { text?: string }).text;
  return update;
}

async function interviewStarted(telegram: FakeTelegram, chatId: number) {
  telegram.pushUpdate(telegram.userMessage(chatId, '/interview backend behavioral mid'));
  await waitForText(telegram, chatId, /Q1\/\d/);
}

describe('voice answers with an AI provider', () => {
  const telegram = new FakeTelegram();
  const provider = new FakeOpenAI();
  let app: { served: Served; stop(): Promise<void> };
  before(async () => {
    provider.defaultReply = scripted;
    await Promise.all([telegram.start(), provider.start()]);
    app = await startApp(telegram, { OPENAI_API_KEY: provider.apiKey, OPENAI_BASE_URL: provider.baseUrl });
  });
  after(async () => {
    await app.stop();
    await Promise.all([telegram.stop(), provider.stop()]);
  });

  test('a Telegram voice note in an interview is transcribed, answered, scored, and its delivery kept and shown', async () => {
    const chatId = 301;
    await interviewStarted(telegram, chatId);
    const recording = tinyWav();
    const said = 'Um so I owned the payouts service and like I measured each step, then I rewrote two slow queries and um payouts went out three hours earlier for every merchant';
    provider.transcribe(spokenTranscript(said, { 9: 3.1 }));
    telegram.pushUpdate(voiceMessage(telegram, chatId, recording));

    const heard = String((await waitForText(telegram, chatId, /I heard/)).params.text);
    assert.match(heard, /^🎙 I heard: “Um so I owned the payouts service/);
    assert.match(heard, /🎙 Delivery: 119 wpm \(good pace\) · 3 fillers \(um ×2, like\) · 1 long pause \(3\.1 s\)/);
    await waitForText(telegram, chatId, /Q2\/\d/);

    // The recording itself went to the provider, as a voice note.
    const upload = provider.requests.find((r) => r.path === '/v1/audio/transcriptions')!;
    assert.deepEqual(upload.body.file, { fileName: 'voice.ogg', type: 'audio/ogg', size: recording.length });
    assert.equal(upload.body.model, 'whisper-1');

    await app.served.runtime.queue.waitUntilIdle();
    const { store } = app.served.runtime;
    const { userId } = await store.conversations.open(`telegram:${chatId}:`, { platform: 'telegram', workspaceId: '', platformUserId: String(chatId), displayName: 'Alice Chen' });
    const session = (await store.interviews.latestFor(userId))!;
    const [answer] = await store.interviews.answers(session.id);
    assert.equal(answer?.text, said);
    assert.equal(answer?.score?.overall, 4);
    assert.deepEqual(answer?.delivery?.fillers, [{ filler: 'um', count: 2 }, { filler: 'like', count: 1 }]);
    assert.deepEqual(answer?.delivery?.longPauses, [3.1]);
    assert.equal(answer?.delivery?.wordsPerMinute, 119);
    // Metered like any AI call, so it counts against the monthly AI tokens.
    const transcribed = (await store.usage.summaryFor(userId, new Date(0))).byTask.find((t) => t.task === 'transcribe');
    assert.equal(transcribed?.calls, 1);
    assert.ok(transcribed.tokens > 0);

    telegram.pushUpdate(telegram.userMessage(chatId, '/end'));
    const report = String((await waitForText(telegram, chatId, /Interview report/)).params.text);
    assert.match(report, /Delivery<\/b> \(1 spoken answer\): 119 wpm \(good pace\) · 3 fillers/);
  });

  test('a voice note outside any flow goes to the Strategist as text; no delivery line', async () => {
    const chatId = 302;
    telegram.pushUpdate(telegram.userMessage(chatId, '/start'));
    await waitForText(telegram, chatId, /^Hi Alice/);
    provider.transcribe(spokenTranscript('How should I prepare for a system design round?'));
    const edits = telegram.callsOf('editMessageText').length;
    telegram.pushUpdate(voiceMessage(telegram, chatId, tinyWav()));
    const heard = String((await waitForText(telegram, chatId, /I heard/)).params.text);
    assert.equal(heard, '🎙 I heard: “How should I prepare for a system design round?”');
    // The Strategist got the transcript as the user's words (its answer is streamed into "Thinking…").
    await telegram.waitForCalls('editMessageText', edits + 1);
    const strategist = provider.chatRequests().find((r) => JSON.stringify(r.messages).includes('system design round'));
    assert.ok(strategist);
  });
});

describe('voice answers offline', () => {
  const telegram = new FakeTelegram();
  let app: { served: Served; stop(): Promise<void> };
  before(async () => {
    await telegram.start();
    app = await startApp(telegram);
  });
  after(async () => {
    await app.stop();
    await telegram.stop();
  });

  test('the bot asks for text, downloads nothing, and the interview still waits for the answer', async () => {
    const chatId = 401;
    await interviewStarted(telegram, chatId);
    telegram.pushUpdate(voiceMessage(telegram, chatId, tinyWav()));
    await waitForText(telegram, chatId, /^Voice notes need an AI provider to transcribe them\. Please type your answer instead\.$/);
    assert.equal(telegram.callsOf('getFile').length, 0);
    telegram.pushUpdate(telegram.userMessage(chatId, 'We did it together.'));
    await waitForText(telegram, chatId, /^Follow-up: /);
    const replies = telegram.callsOf('sendMessage').filter((c) => Number(c.params.chat_id) === chatId).map((c) => String(c.params.text));
    assert.ok(!replies.some((t) => /resume/i.test(t) && /saving|parse/i.test(t)), 'a voice note is never taken for a resume');
  });
});

// Hearing a voice note: the real gateway and openai SDK against the fake provider, with the
// replies collected. Covers every way a note is refused without losing the user's place.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { tinyWav } from '../../test-helpers/audio.ts';
import { FakeOpenAI, spokenTranscript } from '../../test-helpers/fake-openai.ts';
import { createAiGateway } from '../ai/gateway.ts';
import { createMemoryAiCache } from '../ai/memory-cache.ts';
import type { QuotaCheck } from '../billing/quota.ts';
import { parseConfig } from '../config.ts';
import type { Outbox } from '../conversation/outbox.ts';
import { FileTooLargeError } from '../errors.ts';
import type { Attachment } from '../model/message.ts';
import { silentLogger } from '../ports/logger.ts';
import { hearVoiceNote, isVoiceNote, maxVoiceBytes, type VoiceDeps } from './receive-voice.ts';
import { voiceNeedsAi } from './voice-replies.ts';

describe('hearing a voice note', () => {
  const provider = new FakeOpenAI();
  let sent: string[];
  let fetched: number;
  let quota: QuotaCheck;
  const outbox: Outbox = { send: async (_to, m) => String(sent.push(m.text)), edit: async () => {}, farewell: async () => {} };
  const to = { conversationId: 'c1', threadId: 'web:u1:' };
  const note = (overrides: Partial<Attachment> = {}): Attachment => ({
    name: 'voice.ogg',
    mimeType: 'audio/ogg',
    size: 4000,
    fetch: async () => {
      fetched++;
      return tinyWav();
    },
    ...overrides,
  });
  const depsWith = (env: Record<string, string>): VoiceDeps => ({
    ai: createAiGateway({ config: parseConfig(env).ai, usage: { record: async () => {}, summaryFor: () => Promise.reject(new Error('unused')) }, cache: createMemoryAiCache(), logger: silentLogger }),
    outbox,
    aiQuota: async () => quota,
    quotaMessage: () => ({ text: 'You have used this month’s AI tokens.' }),
  });
  let deps: VoiceDeps;

  before(async () => {
    await provider.start();
    deps = depsWith({ OPENAI_API_KEY: provider.apiKey, OPENAI_BASE_URL: provider.baseUrl });
  });
  after(() => provider.stop());
  beforeEach(() => {
    provider.reset();
    sent = [];
    fetched = 0;
    quota = { ok: true };
  });

  test('heard: the transcript and its delivery come back, and the echo shows them', async () => {
    provider.transcribe(spokenTranscript('Uh I shipped it', { 0: 2.5 }));
    const heard = await hearVoiceNote(deps, to, 'u1', note(), true);
    assert.equal(heard?.text, 'Uh I shipped it');
    assert.deepEqual(heard?.delivery.longPauses, [2.5]);
    assert.deepEqual(sent, ['🎙 I heard: “Uh I shipped it”\n🎙 Delivery: 1 filler (uh) · 1 long pause (2.5 s)']);
  });

  test('a name without an extension gets one from the mime type, as providers read the format from it', async () => {
    await hearVoiceNote(deps, to, 'u1', note({ name: 'audio_message', mimeType: 'audio/mp4' }), false);
    assert.equal((provider.requests.at(-1)?.body.file as { fileName: string }).fileName, 'audio_message.m4a');
  });

  test('refusals: no provider, too big (announced or while downloading), quota spent, empty, silence', async () => {
    const uploads = () => provider.requests.filter((r) => r.path === '/v1/audio/transcriptions').length;
    const uploadsBefore = uploads();
    const offline = depsWith({});
    assert.equal(await hearVoiceNote(offline, to, 'u1', note(), true), undefined);
    assert.equal(await hearVoiceNote(deps, to, 'u1', note({ size: maxVoiceBytes + 1 }), true), undefined);
    assert.equal(fetched, 0, 'nothing downloaded for an offline or oversized note');
    const tooBig = note({ size: undefined, fetch: () => Promise.reject(new FileTooLargeError('voice.ogg', maxVoiceBytes + 1, maxVoiceBytes)) });
    assert.equal(await hearVoiceNote(deps, to, 'u1', tooBig, true), undefined);
    quota = { ok: false } as unknown as QuotaCheck;
    assert.equal(await hearVoiceNote(deps, to, 'u1', note(), true), undefined);
    quota = { ok: true };
    assert.equal(await hearVoiceNote(deps, to, 'u1', note({ fetch: async () => Buffer.alloc(0) }), true), undefined);
    provider.transcribe({ text: '', words: [], duration: 3 });
    assert.equal(await hearVoiceNote(deps, to, 'u1', note(), true), undefined);
    assert.equal(sent[0], voiceNeedsAi());
    assert.match(sent[1]!, /^That voice note is 25 MB, over the 25 MB I can transcribe\. Please send a shorter one/);
    assert.match(sent[2]!, /^That voice note is over the 25 MB I can transcribe\./);
    assert.equal(sent[3], 'You have used this month’s AI tokens.');
    assert.match(sent[4]!, /arrived empty/);
    assert.match(sent[5]!, /couldn't make out any words/);
    assert.equal(uploads() - uploadsBefore, 1, 'only the silent note was sent');
  });

  test('audio is told by its mime type, or by its extension when none is given; never a video or a document', () => {
    assert.ok(isVoiceNote({ name: 'voice-message.ogg', mimeType: 'audio/ogg' }));
    assert.ok(isVoiceNote({ name: 'clip', mimeType: 'audio/webm;codecs=opus' }));
    assert.ok(isVoiceNote({ name: 'answer.m4a', mimeType: 'application/octet-stream' }));
    assert.ok(!isVoiceNote({ name: 'demo.webm', mimeType: 'video/webm' }));
    assert.ok(!isVoiceNote({ name: 'cv.pdf', mimeType: 'application/pdf' }));
    assert.ok(!isVoiceNote({ name: 'notes.txt', mimeType: 'application/octet-stream' }));
  });
});

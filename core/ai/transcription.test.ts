// Transcription through the gateway: the real openai SDK posts a multipart upload to the fake
// provider on 127.0.0.1, and the timestamps, usage row and request are checked.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { tinyWav } from '../../test-helpers/audio.ts';
import { FakeOpenAI, spokenTranscript } from '../../test-helpers/fake-openai.ts';
import { parseConfig } from '../config.ts';
import { silentLogger } from '../ports/logger.ts';
import type { UsageRow, UsageStore } from '../ports/store.ts';
import { createAiGateway } from './gateway.ts';
import { createMemoryAiCache } from './memory-cache.ts';
import { offlineGateway } from './offline-gateway.ts';
import { TranscriptionUnavailableError } from './transcription.ts';

describe('transcription', () => {
  const provider = new FakeOpenAI();
  let attempts: UsageRow[];
  const usage: UsageStore = { record: async () => {}, summaryFor: () => Promise.reject(new Error('not used here')) };
  const gatewayFor = (env: Record<string, string>) =>
    createAiGateway({ config: parseConfig(env).ai, usage, cache: createMemoryAiCache(), logger: silentLogger, observer: { attempted: (row) => attempts.push(row) } });
  const openAi = { OPENAI_API_KEY: provider.apiKey, OPENAI_BASE_URL: '' };
  const audio = { bytes: tinyWav(), name: 'voice.wav', mimeType: 'audio/wav' };

  before(() => provider.start().then(() => void (openAi.OPENAI_BASE_URL = provider.baseUrl)));
  after(() => provider.stop());
  beforeEach(() => {
    attempts = [];
    provider.reset();
  });

  test('whisper-1 with word timestamps: the upload, the transcript and the metered usage', async () => {
    provider.transcribe(spokenTranscript('Um I led the migration', { 1: 2.5 }));
    const transcript = await gatewayFor(openAi).transcribe({ userId: null }, audio);
    assert.equal(transcript.text, 'Um I led the migration');
    assert.deepEqual(transcript.words?.map((w) => w.text), ['Um', 'I', 'led', 'the', 'migration']);
    assert.equal(transcript.words?.[2]?.start, 3.3);
    assert.equal(transcript.durationSeconds, 4.5);
    assert.equal(transcript.segments?.length, 1);

    const [request] = provider.requests.filter((r) => r.path === '/v1/audio/transcriptions');
    assert.equal(request?.body.model, 'whisper-1');
    assert.equal(request?.body.response_format, 'verbose_json');
    assert.deepEqual(request?.body['timestamp_granularities[]'], ['word', 'segment']);
    assert.deepEqual(request?.body.file, { fileName: 'voice.wav', type: 'audio/wav', size: audio.bytes.length });

    assert.equal(attempts.length, 1);
    assert.equal(attempts[0]!.task, 'transcribe');
    assert.equal(attempts[0]!.outcome, 'ok');
    assert.equal(attempts[0]!.inputTokens, Math.ceil(4.5 * 17));
    assert.ok(attempts[0]!.costUsd > 0);
  });

  test('a gpt-4o transcription model is asked for json (no timestamps) and its token usage is kept', async () => {
    provider.transcribe(spokenTranscript('We shipped it on time'));
    const models = JSON.stringify([{ provider: 'openai', model: 'gpt-4o-mini-transcribe', tier: 'transcribe', input: 3, output: 5 }, { provider: 'openai', model: 'gpt-4o-mini', tier: 'cheap', input: 0.15, output: 0.6 }]);
    const transcript = await gatewayFor({ ...openAi, AI_MODELS: models }).transcribe({ userId: null }, audio);
    assert.equal(transcript.text, 'We shipped it on time');
    assert.equal(transcript.words, undefined);
    assert.equal(provider.requests.at(-1)?.body.response_format, 'json');
    assert.equal(attempts[0]!.model, 'gpt-4o-mini-transcribe');
    assert.equal(attempts[0]!.outputTokens, 5);
  });

  test('a failing provider is recorded and reported as unavailable', async () => {
    provider.fail(500);
    await assert.rejects(gatewayFor(openAi).transcribe({ userId: null }, audio), { code: 'ai_unavailable' });
    assert.equal(attempts[0]?.outcome, 'http_500');
  });

  test('no provider with a transcription model, or the offline gateway: a typed refusal, no request', async () => {
    const seen = provider.requests.length;
    const qwenOnly = gatewayFor({ QWEN_API_KEY: 'sk-qwen', QWEN_BASE_URL: provider.baseUrl });
    assert.equal(qwenOnly.available, true);
    assert.equal(qwenOnly.transcribes, false);
    await assert.rejects(qwenOnly.transcribe({ userId: null }, audio), TranscriptionUnavailableError);
    await assert.rejects(gatewayFor({}).transcribe({ userId: null }, audio), TranscriptionUnavailableError);
    const spent = offlineGateway(gatewayFor(openAi));
    assert.equal(spent.transcribes, false);
    await assert.rejects(spent.transcribe({ userId: null }, audio), TranscriptionUnavailableError);
    assert.equal(provider.requests.length, seen);
  });
});

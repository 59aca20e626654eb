// The adapter alone: "typing…" when an answer takes a while, and health when polling stops.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { silentLogger } from '../../core/ports/logger.ts';
import { FakeTelegram } from '../../test-helpers/fake-telegram.ts';
import { createTelegramAdapter } from './adapter.ts';

const fake = new FakeTelegram();
let adapter: ReturnType<typeof createTelegramAdapter>;
let release: () => void = () => {};

before(async () => {
  await fake.start();
  adapter = createTelegramAdapter({
    config: { token: fake.token, apiRoot: fake.apiRoot, mode: 'polling' },
    logger: silentLogger,
    readFile: async () => Buffer.alloc(0),
    commands: [],
    typingAfterMs: 5,
  });
  // A core that answers only when the test lets it.
  await adapter.start(async (event) => {
    await new Promise<void>((resolve) => (release = resolve));
    await adapter.send(event.threadId, { text: 'done' });
  });
});
after(async () => {
  await adapter.stop();
  await fake.stop();
});

test('a slow answer shows typing, and the answer follows', async () => {
  fake.pushUpdate(fake.userMessage(7, 'think hard'));
  await fake.waitForCalls('sendChatAction');
  assert.equal(fake.callsOf('sendChatAction')[0]!.params.action, 'typing');
  release();
  await fake.waitForCalls('sendMessage');
});

test('when another instance takes over polling (409), health says so until polling is back', async () => {
  assert.deepEqual(adapter.health!(), { ok: true });
  fake.pollingConflict = true;
  const deadline = Date.now() + 10_000;
  while (adapter.health!().ok && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  assert.deepEqual(adapter.health!(), { ok: false, detail: 'polling stopped (409); retrying' });
  fake.pollingConflict = false;
});

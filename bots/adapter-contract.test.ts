// One contract every adapter passes, each driven through its real SDK against its loopback
// fake: platform payload → neutral event, neutral message → platform calls, edits of the
// same message, thread ids that round-trip, and attachments fetched within a limit.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { IncomingMessage } from '../core/model/message.ts';
import { isVoiceNote } from '../core/voice/receive-voice.ts';
import { discordChat } from '../test-helpers/adapter-harnesses/discord.ts';
import type { ChatUnderTest, Shown } from '../test-helpers/adapter-harnesses/harness.ts';
import { slackChat } from '../test-helpers/adapter-harnesses/slack.ts';
import { telegramChat } from '../test-helpers/adapter-harnesses/telegram.ts';
import { webChat } from '../test-helpers/adapter-harnesses/web.ts';

/** Polls what the platform shows until it matches (deliveries are asynchronous on some). */
async function eventually(read: () => Promise<Shown>, matches: (s: Shown) => boolean): Promise<Shown> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const shown = await read();
    if (matches(shown) || Date.now() > deadline) return shown;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const harnesses: Record<string, () => Promise<ChatUnderTest>> = {
  web: webChat,
  telegram: telegramChat,
  slack: slackChat,
  discord: discordChat,
};

for (const [platform, open] of Object.entries(harnesses)) {
  describe(`adapter contract: ${platform}`, () => {
    let chat: ChatUnderTest;
    before(async () => (chat = await open()));
    after(() => chat.stop());

    test('a platform message becomes a neutral message in the user\'s thread', async () => {
      await chat.userSays('hello there');
      const event = chat.events.at(-1) as IncomingMessage;
      assert.equal(event.kind, 'message');
      assert.equal(event.platform, platform);
      assert.equal(event.threadId, chat.threadId);
      assert.equal(event.text, 'hello there');
      assert.equal(event.author.userId, chat.userId);
      assert.equal(event.author.isBot, false);
      assert.ok(event.author.userName.length > 0);
      assert.ok(event.id.length > 0);
    });

    test('a message with buttons is sent to that thread, a press comes back as its action, and an edit changes the same message', async () => {
      const id = await chat.adapter.send(chat.events.at(-1)!.threadId, {
        text: 'Plain words one',
        buttons: [
          { label: 'Help', actionId: 'command', value: '/help' },
          { label: 'Upload resume', actionId: 'upload-resume', value: '' },
        ],
      });
      const sent = await eventually(() => chat.shown(id), (s) => s.text === 'Plain words one');
      assert.deepEqual(sent, { text: 'Plain words one', buttons: ['Help', 'Upload resume'] });
      await chat.userPresses(id, 'Help');
      const press = chat.events.at(-1)!;
      assert.deepEqual(
        press.kind === 'action' && [press.actionId, press.value, press.threadId, press.author.userId],
        ['command', '/help', chat.threadId, chat.userId],
        'a press becomes the button\'s neutral action, in the same thread',
      );
      await chat.adapter.edit(chat.threadId, id, { text: 'Plain words two' });
      const edited = await eventually(() => chat.shown(id), (s) => s.text === 'Plain words two');
      assert.deepEqual(edited, { text: 'Plain words two', buttons: [] });
    });

    test('an attachment arrives with its name and size, and is fetched only within the limit', async () => {
      const bytes = Buffer.from('%PDF-1.4\nAlice Chen\n%%EOF\n');
      await chat.userSendsFile('alice-cv.pdf', bytes);
      const [attachment] = (chat.events.at(-1) as IncomingMessage).attachments;
      assert.equal(attachment?.name, 'alice-cv.pdf');
      assert.equal(attachment?.size, bytes.length);
      assert.deepEqual(await attachment!.fetch(1024), bytes);
      await assert.rejects(attachment!.fetch(10), /alice-cv\.pdf is \d+ B, over the 10 B limit/);
    });

    test('a voice message or audio clip arrives as an audio attachment that can be fetched', async (t) => {
      if (!chat.userSendsVoice) return t.skip('no voice messages on this platform');
      const bytes = Buffer.from('OggS fake opus voice');
      await chat.userSendsVoice(bytes);
      const [attachment] = (chat.events.at(-1) as IncomingMessage).attachments;
      assert.match(attachment?.mimeType ?? '', /^audio\//);
      assert.ok(isVoiceNote(attachment!));
      assert.equal(attachment?.size, bytes.length);
      assert.deepEqual(await attachment!.fetch(1024), bytes);
    });

    test('a file in an outgoing message reaches the platform', async () => {
      await chat.adapter.send(chat.threadId, { text: 'Your export', files: [{ name: 'resume.pdf', mimeType: 'application/pdf', fileKey: 'exports/resume.pdf' }] });
      const deadline = Date.now() + 5000;
      while (!chat.filesSent().includes('resume.pdf') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(chat.filesSent(), ['resume.pdf']);
    });
  });
}

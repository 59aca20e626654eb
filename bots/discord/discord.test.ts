// IntervAI's Discord side, end to end: the app as `npm start` runs it, the real discord.js,
// and a fake Discord REST API + gateway on 127.0.0.1.
import { sampleResume } from '../../test-helpers/resume-files.ts';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { serve, type Served } from '../../app/serve.ts';
import { parseConfig } from '../../core/config.ts';
import { FakeDiscord, type DiscordCall } from '../../test-helpers/fake-discord.ts';
import { createTempDir } from '../../test-helpers/temp-dir.ts';
import { splitForDiscord } from './adapter.ts';

const fake = new FakeDiscord();
let served: Served;
let dir: { path: string; remove(): Promise<void> };

before(async () => {
  await fake.start();
  dir = await createTempDir();
  served = await serve(
    parseConfig({
      DATA_DIR: dir.path, PORT: '0', LOG_LEVEL: 'silent',
      DISCORD_BOT_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, DISCORD_REGISTER_COMMANDS: 'true',
    }),
    'all',
  );
  await fake.waitForSocketReady();
});
after(async () => {
  await served.stop();
  await dir.remove();
  await fake.stop();
});

/** What a message shows: its content, or its embed's title and description. */
const shownText = (c: DiscordCall) => {
  const embed = (c.body.embeds as Array<{ title?: string; description?: string }> | undefined)?.[0];
  return embed ? `**${embed.title}**\n${embed.description}` : String(c.body.content);
};

async function waitForCall(method: string, path: RegExp, content: RegExp): Promise<DiscordCall> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = fake.callsTo(method, path).find((c) => c.status === 200 && content.test(shownText(c)));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no ${method} ${path} matching ${content}; calls: ${JSON.stringify(fake.calls.map((c) => [c.method, c.path, String(c.body.content ?? '').slice(0, 30)]))}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

type Row = { components: Array<{ custom_id: string; label: string }> };

test('start-up registers the slash commands when asked', async () => {
  const [call] = fake.callsTo('PUT', /^\/applications\/\d+\/commands$/);
  assert.deepEqual((call!.body as unknown as Array<{ name: string }>).map((c) => c.name), ['start', 'help', 'resume', 'optimize', 'export', 'coverletter', 'interview', 'end', 'pitch', 'plan', 'stories', 'practice', 'language', 'usage', 'upgrade', 'billing', 'link', 'export-data', 'forget']);
});

test('a DM gets the welcome with a row of buttons', async () => {
  fake.dispatch('MESSAGE_CREATE', fake.dmMessage('555', '777', 'hello'));
  const welcome = await waitForCall('POST', /^\/channels\/555\/messages$/, /^Hi Alice! I'm IntervAI/);
  const rows = welcome.body.components as Row[];
  assert.deepEqual(rows[0]!.components.map((b) => [b.label, b.custom_id]), [['Upload resume', 'upload-resume:'], ['Start an interview', 'command:/interview'], ['How it works', 'command:/help']]);
  await waitForCall('POST', /^\/channels\/555\/messages$/, /^Happy to help\. Without AI I can still:/);
});

test('a slash command is deferred at once; the first reply fills the deferred message, the next follow', async () => {
  const interaction = fake.slashCommand('556', '778', 'help');
  fake.dispatch('INTERACTION_CREATE', interaction);
  // A new user: the welcome answers the command, and the help follows it.
  await waitForCall('PATCH', new RegExp(`^/webhooks/\\d+/${interaction.token}/messages/@original$`), /^Hi Alice!/);
  await waitForCall('POST', /^\/channels\/556\/messages$/, /\*\*What I can do now\*\*/);
  const [callback] = fake.callsTo('POST', new RegExp(`^/interactions/${interaction.id}/`));
  assert.equal(callback!.body.type, 5, 'DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE');
});

test('a button press is acknowledged without a message and runs its command', async () => {
  const press = fake.buttonPress('555', '777', 'command:/help', '123');
  fake.dispatch('INTERACTION_CREATE', press);
  await waitForCall('POST', /^\/channels\/555\/messages$/, /What I can do now/);
  const [callback] = fake.callsTo('POST', new RegExp(`^/interactions/${press.id}/`));
  assert.equal(callback!.body.type, 6, 'DEFERRED_UPDATE_MESSAGE');
});

test('an attachment is downloaded and its progress message edited to the result', async () => {
  const file = fake.attachment('cv.pdf', (await sampleResume('pdf-one-column')).bytes);
  fake.dispatch('MESSAGE_CREATE', fake.dmMessage('557', '779', '', { attachments: [file] }));
  await waitForCall('PATCH', /^\/channels\/557\/messages\/\d+$/, /^✅ \*\*Resume version 1 is ready\*\* \(cv\.pdf, PDF, 1 page\)\n\*\*Oluwaseun Adebayo\*\*/);
});

test('the same message dispatched twice gets one reply', async () => {
  const message = fake.dmMessage('558', '780', '/help');
  fake.dispatch('MESSAGE_CREATE', message);
  fake.dispatch('MESSAGE_CREATE', message);
  await waitForCall('POST', /^\/channels\/558\/messages$/, /What I can do now/);
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(fake.callsTo('POST', /^\/channels\/558\/messages$/).filter((c) => /What I can do now/.test(shownText(c))).length, 1);
});

test('a message with a bold heading over a list is shown as an embed with that title', async () => {
  const help = await waitForCall('POST', /^\/channels\/555\/messages$/, /What I can do now/);
  const [embed] = help.body.embeds as Array<{ title: string; description: string }>;
  assert.equal(embed!.title, 'What I can do now');
  assert.match(embed!.description, /^• Send a file/);
  assert.equal(help.body.content, '');
});

test('a 429 from Discord is waited out and the reply still arrives', async () => {
  fake.rateLimitedPosts = 1;
  fake.dispatch('MESSAGE_CREATE', fake.dmMessage('559', '781', '/start'));
  await waitForCall('POST', /^\/channels\/559\/messages$/, /^Hi Alice!/);
  assert.ok(fake.callsTo('POST', /^\/channels\/559\/messages$/).length >= 2, 'tried again after the 429');
});

test('long text is split under 2000 characters at line breaks', () => {
  const lines = Array.from({ length: 200 }, (_, i) => `• **point ${i}** ${'word '.repeat(4)}`);
  const parts = splitForDiscord(lines.join('\n'));
  assert.ok(parts.length > 1);
  for (const part of parts) assert.ok(part.length <= 2000);
  assert.equal(parts.join('\n'), lines.join('\n'));
});

// IntervAI's Slack side, end to end: the app as `npm start` runs it, the real Bolt and Web API
// client, and a fake Slack Web API on 127.0.0.1 that also signs the events it delivers.
import { sampleResume } from '../../test-helpers/resume-files.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { serve, type Served } from '../../app/serve.ts';
import { parseConfig } from '../../core/config.ts';
import { FakeSlack, type SlackCall } from '../../test-helpers/fake-slack.ts';
import { createTempDir } from '../../test-helpers/temp-dir.ts';

const fake = new FakeSlack();
let served: Served;
let dir: { path: string; remove(): Promise<void> };

/** Starts the app against the fake, with HTTP events or (given an app token) Socket Mode. */
async function startApp(env: Record<string, string>) {
  dir = await createTempDir();
  served = await serve(
    parseConfig({ DATA_DIR: dir.path, PORT: '0', LOG_LEVEL: 'silent', SLACK_BOT_TOKEN: fake.botToken, SLACK_API_URL: fake.apiUrl, ...env }),
    'all',
  );
}

async function stopApp() {
  await served.stop();
  await dir.remove();
}

before(() => fake.start());
after(() => fake.stop());

/** Waits for a chat.postMessage / chat.update to a channel whose text matches. */
async function waitForText(method: string, channel: string, pattern: RegExp): Promise<SlackCall> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = fake.callsOf(method).find((c) => c.response?.ok && c.params.channel === channel && pattern.test(String(c.params.text)));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no ${method} matching ${pattern}; saw ${JSON.stringify(fake.callsOf(method).map((c) => c.params.text))}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const postsTo = (channel: string) => fake.callsOf('chat.postMessage').filter((c) => c.params.channel === channel);
const blocksOf = (call: SlackCall) => JSON.parse(String(call.params.blocks)) as Array<{ type: string; text?: { text: string }; elements?: Array<{ action_id: string; value: string; text: { text: string } }> }>;

describe('Slack over signed HTTP events', () => {
  before(() => startApp({ SLACK_SIGNING_SECRET: fake.signingSecret }));
  after(stopApp);

  test('start-up checks the token with auth.test', () => {
    assert.ok(fake.callsOf('auth.test').length >= 1);
  });

  test('a DM from a new user gets the welcome in Block Kit with buttons, then the answer', async () => {
    const response = await fake.postEvent(served.url, fake.dm('D100', 'U100', 'hello there'));
    assert.equal(response.status, 200);
    const welcome = await waitForText('chat.postMessage', 'D100', /^Hi /);
    const blocks = blocksOf(welcome);
    assert.equal(blocks[0]!.type, 'section');
    assert.match(blocks[0]!.text!.text, /_No AI provider is configured/);
    assert.deepEqual(blocks[1]!.elements!.map((e) => e.text.text), ['Upload resume', 'Start an interview', 'How it works']);
    await waitForText('chat.postMessage', 'D100', /^Happy to help\. Without AI I can still:/);
  });

  test('a slash command is acknowledged and answered in its channel', async () => {
    const response = await fake.postSlashCommand(served.url, 'D101', 'U101', '/help');
    assert.equal(response.status, 200);
    const help = await waitForText('chat.postMessage', 'D101', /\*What I can do now\*/);
    assert.ok(help);
  });

  test('a button click runs the button\'s command', async () => {
    const welcome = await waitForText('chat.postMessage', 'D100', /^Hi /);
    const howItWorks = blocksOf(welcome)[1]!.elements!.find((e) => e.text.text === 'How it works')!;
    const response = await fake.postButtonClick(served.url, 'D100', 'U100', '1.0', { action_id: howItWorks.action_id, value: howItWorks.value });
    assert.equal(response.status, 200);
    await waitForText('chat.postMessage', 'D100', /What I can do now/);
  });

  test('a file shared in a DM is downloaded with the bot token and its progress message updated', async () => {
    const file = fake.addFile('cv.pdf', (await sampleResume('pdf-one-column')).bytes);
    await fake.postEvent(served.url, fake.dm('D102', 'U102', '', { subtype: 'file_share', files: [file] }));
    const done = await waitForText('chat.update', 'D102', /^✅ \*Resume version 1 is ready\* \(cv\.pdf, PDF, 1 page\)\n\*Oluwaseun Adebayo\*/);
    const progress = await waitForText('chat.postMessage', 'D102', /^📄 \*cv\.pdf\*/);
    assert.ok(done.params.ts, 'edits the message it sent');
    assert.ok(progress);
  });

  test('a retried event (X-Slack-Retry-Num) gets one reply', async () => {
    const event = fake.dm('D103', 'U103', '/help');
    await fake.postEvent(served.url, event, { eventId: 'Ev-retry' });
    await fake.postEvent(served.url, event, { eventId: 'Ev-retry', retryNum: 1 });
    await waitForText('chat.postMessage', 'D103', /What I can do now/);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(postsTo('D103').filter((c) => /What I can do now/.test(String(c.params.text))).length, 1);
  });

  test('a 429 from Slack is waited out (Retry-After) and the reply still arrives', async () => {
    fake.rateLimited.set('chat.postMessage', 1);
    await fake.postEvent(served.url, fake.dm('D105', 'U105', '/start'));
    await waitForText('chat.postMessage', 'D105', /^Hi /);
    assert.deepEqual(postsTo('D105').map((c) => c.response?.ok), [false, true]);
  });

  test('a slash command in a channel is answered privately through its response_url', async () => {
    await fake.postSlashCommand(served.url, 'C400', 'U400', '/help');
    const deadline = Date.now() + 10_000;
    const privateHelp = () => fake.callsOf('response').filter((c) => /What I can do now/.test(String(c.params.text)));
    while (privateHelp().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(privateHelp()[0]?.params.response_type, 'ephemeral');
    assert.deepEqual(postsTo('C400'), [], 'nothing is posted in the channel for everyone');
  });

  test('a mention in a channel is answered in a thread under it', async () => {
    const ts = fake.nextTs();
    await fake.postEvent(served.url, { type: 'app_mention', channel: 'C300', user: 'U300', text: '<@UBOT> /help', ts });
    const help = await waitForText('chat.postMessage', 'C300', /What I can do now/);
    assert.equal(help.params.thread_ts, ts);
  });

  test('a forged signature gets 401, and nothing is processed or stored', async () => {
    const response = await fake.postEvent(served.url, fake.dm('D104', 'U104', '/start'), { secret: 'not-the-secret' });
    assert.equal(response.status, 401);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(postsTo('D104'), []);
    assert.deepEqual(await served.runtime.store.conversations.history('slack:D104:', 10), []);
  });
});

describe('Slack in Socket Mode', () => {
  before(async () => {
    await startApp({ SLACK_APP_TOKEN: fake.appToken });
    await fake.waitForSocket();
  });
  after(stopApp);

  test('a DM, a slash command and a button arrive over the socket, are acknowledged and answered', async () => {
    await fake.sendEnvelope('events_api', fake.eventCallback(fake.dm('D200', 'U200', '/start')));
    const welcome = await waitForText('chat.postMessage', 'D200', /^Hi /);

    await fake.sendEnvelope('slash_commands', { team_id: fake.teamId, channel_id: 'D200', user_id: 'U200', user_name: 'alice', command: '/help', text: '', trigger_id: 'trig-s1', response_url: 'x' });
    await waitForText('chat.postMessage', 'D200', /What I can do now/);

    const button = blocksOf(welcome)[1]!.elements!.find((e) => e.text.text === 'How it works')!;
    await fake.sendEnvelope('interactive', {
      type: 'block_actions', team: { id: fake.teamId }, user: { id: 'U200', name: 'alice' }, api_app_id: 'A0001', trigger_id: 'trig-s2',
      channel: { id: 'D200' }, container: { type: 'message', message_ts: '1.0', channel_id: 'D200' }, message: { ts: '1.0', text: '' },
      actions: [{ type: 'button', block_id: 'b', action_ts: '9.1', action_id: button.action_id, value: button.value }],
    });
    const helps = async () => postsTo('D200').filter((c) => /What I can do now/.test(String(c.params.text))).length;
    const deadline = Date.now() + 10_000;
    while ((await helps()) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(await helps(), 2);
  });
});

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createSlackAdapter } from '../../bots/slack/adapter.ts';
import type { IncomingEvent } from '../../core/model/message.ts';
import { silentLogger } from '../../core/ports/logger.ts';
import { FakeSlack } from '../fake-slack.ts';
import { eventArrived, readOutgoingFile, type ChatUnderTest } from './harness.ts';

export async function slackChat(): Promise<ChatUnderTest> {
  const fake = new FakeSlack();
  await fake.start();
  const events: IncomingEvent[] = [];
  const adapter = createSlackAdapter({
    config: { botToken: fake.botToken, signingSecret: fake.signingSecret, apiUrl: fake.apiUrl },
    logger: silentLogger,
    readFile: readOutgoingFile,
  });
  await adapter.start(async (e) => void events.push(e));
  const server = createServer(express().use(...adapter.routes));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const deliver = async (event: Record<string, unknown>) => {
    const before = events.length;
    const response = await fake.postEvent(appUrl, event);
    if (response.status !== 200) throw new Error(`Slack event refused: ${response.status}`);
    await eventArrived(events, before);
  };
  return {
    adapter,
    events,
    threadId: 'slack:D42:',
    userId: 'U42',
    userSays: (text) => deliver(fake.dm('D42', 'U42', text)),
    userSendsFile: (name, bytes) => deliver(fake.dm('D42', 'U42', '', { subtype: 'file_share', files: [fake.addFile(name, bytes)] })),
    // A clip recorded in Slack: subtype slack_audio, stored as webm that Slack may label video.
    userSendsVoice: (bytes) => deliver(fake.dm('D42', 'U42', '', { subtype: 'file_share', files: [{ ...fake.addFile('Audio clip.webm', bytes, 'video/webm'), subtype: 'slack_audio', filetype: 'webm' }] })),
    async userPresses(ts, label) {
      const sent = fake.calls.find((c) => c.method === 'chat.postMessage' && c.response?.ts === ts);
      const blocks = JSON.parse(String(sent?.params.blocks)) as Array<{ type: string; elements?: Array<{ action_id: string; value: string; text: { text: string } }> }>;
      const button = blocks.flatMap((b) => b.elements ?? []).find((e) => e.text.text === label)!;
      const before = events.length;
      await fake.postButtonClick(appUrl, 'D42', 'U42', ts, { action_id: button.action_id, value: button.value });
      await eventArrived(events, before);
    },
    async shown(ts) {
      const latest = fake.calls.filter((c) => (c.method === 'chat.update' && c.params.ts === ts) || (c.method === 'chat.postMessage' && c.response?.ts === ts)).at(-1);
      const blocks = JSON.parse(String(latest?.params.blocks ?? '[]')) as Array<{ type: string; elements?: Array<{ text: { text: string } }> }>;
      return { text: String(latest?.params.text ?? ''), buttons: blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements!.map((e) => e.text.text)) };
    },
    filesSent: () => fake.callsOf('files.getUploadURLExternal').map((c) => String(c.params.filename)),
    async stop() {
      await adapter.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await fake.stop();
    },
  };
}

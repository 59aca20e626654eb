import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createWebAdapter } from '../../bots/web/adapter.ts';
import type { IncomingEvent } from '../../core/model/message.ts';
import { PlaygroundClient } from '../playground-client.ts';
import { eventArrived, type ChatUnderTest } from './harness.ts';

export async function webChat(): Promise<ChatUnderTest> {
  const events: IncomingEvent[] = [];
  const adapter = createWebAdapter({ loadHistory: async () => [], maxUploadBytes: 1024 * 1024, readFile: async () => Buffer.alloc(0) });
  await adapter.start(async (e) => void events.push(e));
  const server = createServer(express().use(adapter.routes));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = new PlaygroundClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, 'Alice Chen');
  await client.connect();
  return {
    adapter,
    events,
    threadId: `web:${client.clientId}:`,
    userId: client.clientId,
    async userSays(text) {
      const before = events.length;
      await client.say(text);
      await eventArrived(events, before);
    },
    async userSendsFile(name, bytes) {
      const before = events.length;
      await client.upload(name, bytes, 'application/pdf');
      await eventArrived(events, before);
    },
    async userPresses(id, label) {
      const button = [...client.events].reverse().find((e) => e.id === id)?.buttons.find((b) => b.label === label);
      if (!button) throw new Error(`no button ${label}`);
      const before = events.length;
      await client.press(button.actionId, button.value);
      await eventArrived(events, before);
    },
    async shown(id) {
      const latest = [...client.events].reverse().find((e) => e.id === id);
      return { text: latest?.text ?? '', buttons: latest?.buttons.map((b) => b.label) ?? [] };
    },
    filesSent: () => client.events.flatMap((e) => ((e as unknown as { files?: Array<{ name: string }> }).files ?? []).map((f) => f.name)),
    async stop() {
      client.disconnect();
      await adapter.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// The web adapter alone, over real HTTP: translation both ways, with no core behind it.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import express from 'express';
import type { IncomingEvent, IncomingMessage } from '../../core/model/message.ts';
import { PlaygroundClient } from '../../test-helpers/playground-client.ts';
import { createWebAdapter } from './adapter.ts';

const received: IncomingEvent[] = [];
const adapter = createWebAdapter({ loadHistory: async () => [], maxUploadBytes: 1000, readFile: async () => Buffer.alloc(0) });
let server: Server;
let baseUrl: string;

before(async () => {
  await adapter.start(async (event) => void received.push(event));
  server = createServer(express().use(adapter.routes));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
after(async () => {
  await adapter.stop();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const lastEvent = () => received.at(-1) as IncomingMessage;

test('a message becomes a neutral event with the web thread id and the author', async () => {
  const client = new PlaygroundClient(baseUrl, 'Alice Chen');
  assert.equal((await client.say('/start')).status, 202);
  const event = lastEvent();
  assert.equal(event.kind, 'message');
  assert.equal(event.threadId, `web:${client.clientId}:`);
  assert.deepEqual(event.author, { userId: client.clientId, userName: 'Alice Chen', isBot: false, workspaceId: '' });
  assert.equal(event.text, '/start');
});

test('sent and edited messages reach the open tab of that conversation only', async () => {
  const alice = new PlaygroundClient(baseUrl, 'Alice');
  const bob = new PlaygroundClient(baseUrl, 'Bob');
  await Promise.all([alice.connect(), bob.connect()]);
  const id = await adapter.send(`web:${alice.clientId}:`, { text: 'Working…', buttons: [{ label: 'Help', actionId: 'command', value: '/help' }] });
  await adapter.edit(`web:${alice.clientId}:`, id, { text: 'Done' });
  await alice.waitFor((e) => e.event === 'edit' && e.id === id && e.text === 'Done');
  assert.deepEqual(alice.events.map((e) => [e.event, e.text, e.buttons.length]), [['message', 'Working…', 1], ['edit', 'Done', 0]]);
  assert.deepEqual(bob.events, []);
  alice.disconnect();
  bob.disconnect();
});

test('a file within the limit arrives with its bytes; one over it is not read and reports its size', async () => {
  const client = new PlaygroundClient(baseUrl);
  await client.upload('cv.txt', Buffer.from('Alice'), 'text/plain');
  const small = lastEvent().attachments[0]!;
  assert.deepEqual([small.name, small.mimeType, small.size], ['cv.txt', 'text/plain', 5]);
  assert.equal((await small.fetch(1000)).toString(), 'Alice');

  assert.equal((await client.upload('big.pdf', Buffer.alloc(5000))).status, 202);
  const big = lastEvent().attachments[0]!;
  assert.equal(big.size, 5000);
  await assert.rejects(big.fetch(1000), /big\.pdf is 5 KB, over the 1000 B limit/);
});

test('a request without a valid client id gets 400 and a sentence saying what to do', async () => {
  const response = await fetch(new URL('api/web/messages', baseUrl), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text":"hi"}' });
  assert.equal(response.status, 400);
  assert.deepEqual(await response.json(), { error: 'Missing or invalid client id. Reload the page to get a new one.' });
});

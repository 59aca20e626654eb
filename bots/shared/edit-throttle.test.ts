import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEditThrottle } from './edit-throttle.ts';

test('edits to one message that come too fast are coalesced into the latest', async () => {
  const throttle = createEditThrottle(50);
  const sent: string[] = [];
  const edit = (text: string) => throttle.edit('chat-1', 'msg-1', async () => void sent.push(text));
  await edit('received');
  await Promise.all([edit('reading'), edit('structuring'), edit('done')]);
  assert.deepEqual(sent, ['received', 'done']);
});

test('different chats do not wait for each other', async () => {
  const throttle = createEditThrottle(60_000);
  const sent: string[] = [];
  await throttle.edit('chat-a', 'm', async () => void sent.push('a'));
  await throttle.edit('chat-b', 'm', async () => void sent.push('b'));
  assert.deepEqual(sent, ['a', 'b']);
});

test('two messages of one chat share the chat\'s pace instead of editing at the same moment', async () => {
  const throttle = createEditThrottle(40);
  const order: string[] = [];
  await Promise.all([
    throttle.edit('chat-1', 'a', async () => void order.push('a')),
    throttle.edit('chat-1', 'b', async () => void order.push('b')),
    throttle.edit('chat-1', 'a', async () => void order.push('a2')),
  ]);
  // "a" holds the chat's first slot and its newer state replaces the queued one; "b" follows.
  assert.deepEqual(order, ['a2', 'b']);
});

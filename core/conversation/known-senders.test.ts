import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PlatformAccount } from '../ports/store.ts';
import { createKnownSenders } from './known-senders.ts';

const account = (id: string): PlatformAccount => ({ platform: 'slack', workspaceId: 'T1', platformUserId: id, displayName: id });
const conversation = (threadId: string, userId: string) => ({ id: `c-${threadId}`, userId, threadId, isNewUser: true, language: null, languageChosen: false });

test('a remembered sender is known in that thread only, and never as a new user', () => {
  const senders = createKnownSenders();
  senders.remember(conversation('slack:T1:C1', 'u1'), account('U1'));
  assert.deepEqual(senders.get('slack:T1:C1', account('U1')), { id: 'c-slack:T1:C1', userId: 'u1', threadId: 'slack:T1:C1', isNewUser: false, language: null, languageChosen: false });
  assert.equal(senders.get('slack:T1:C2', account('U1')), undefined, 'another thread');
  assert.equal(senders.get('slack:T1:C1', account('U2')), undefined, 'another person in a shared channel');
});

test('entries go when dropped, when their user is dropped, and least recent first beyond the cap', () => {
  const senders = createKnownSenders({ maxEntries: 2 });
  senders.remember(conversation('t1', 'u1'), account('U1'));
  senders.remember(conversation('t2', 'u1'), account('U1'));
  senders.dropUser('u1');
  assert.equal(senders.get('t1', account('U1')), undefined);
  assert.equal(senders.get('t2', account('U1')), undefined);

  senders.remember(conversation('t1', 'u1'), account('U1'));
  senders.remember(conversation('t2', 'u2'), account('U2'));
  senders.get('t1', account('U1')); // t1 is now the most recent
  senders.remember(conversation('t3', 'u3'), account('U3'));
  assert.ok(senders.get('t1', account('U1')));
  assert.equal(senders.get('t2', account('U2')), undefined);
  senders.drop('t1', account('U1'));
  assert.equal(senders.get('t1', account('U1')), undefined);
});

test('an entry expires after a few minutes, so changes made by another process are read again', () => {
  let clock = 0;
  const senders = createKnownSenders({ maxAgeMs: 300_000, now: () => clock });
  senders.remember(conversation('t1', 'u1'), account('U1'));
  clock = 299_000;
  assert.ok(senders.get('t1', account('U1')));
  clock = 301_000;
  assert.equal(senders.get('t1', account('U1')), undefined);
});

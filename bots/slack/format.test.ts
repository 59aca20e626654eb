import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeButton, encodeButton, toBlocks, toMrkdwn } from './format.ts';

test('markdown becomes mrkdwn with Slack\'s control characters escaped', () => {
  assert.equal(toMrkdwn('**Match** for <Staff> & `Go`'), '*Match* for &lt;Staff&gt; &amp; `Go`');
});

test('long text becomes sections within Slack\'s limits, losing nothing', () => {
  const paragraph = 'word '.repeat(1500).trim();
  const blocks = toBlocks(`${paragraph}\n${paragraph}`) as Array<{ text: { text: string } }>;
  for (const block of blocks) assert.ok(block.text.text.length <= 3000);
  assert.equal(blocks.map((b) => b.text.text).join(' ').split(' ').length, 3000);
});

test('a button carries its neutral action through Slack and back', () => {
  const button = { label: 'Help', actionId: 'command', value: '/help' };
  assert.deepEqual(decodeButton(encodeButton(button)), { actionId: 'command', value: '/help' });
  assert.deepEqual(decodeButton('not json'), { actionId: '', value: '' });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitForTelegram, toTelegramHtml } from './format.ts';

test('markdown becomes Telegram HTML with user text escaped', () => {
  assert.equal(toTelegramHtml('**Match** for _Staff <Engineer>_ & `Go`'), '<b>Match</b> for <i>Staff &lt;Engineer&gt;</i> &amp; <code>Go</code>');
  assert.equal(toTelegramHtml('snake_case_name stays'), 'snake_case_name stays');
});

test('crossing markers and markup inside code never produce tags Telegram would reject', () => {
  assert.equal(toTelegramHtml('**a _b** c_'), '**a _b** c_');
  assert.equal(toTelegramHtml('run `my_var_name` and **go**'), 'run <code>my_var_name</code> and <b>go</b>');
  assert.equal(toTelegramHtml('`**not bold**`'), '<code>**not bold**</code>');
});

test('long text is split at line breaks under the limit, and one huge line is cut safely', () => {
  const lines = Array.from({ length: 300 }, (_, i) => `• **point ${i}** — ${'word '.repeat(5)}`);
  const parts = splitForTelegram(lines.join('\n'));
  assert.ok(parts.length > 1);
  for (const part of parts) assert.ok(part.length <= 4096, `${part.length}`);
  assert.equal(parts.join('\n'), lines.map(toTelegramHtml).join('\n'));

  const huge = splitForTelegram('<&>'.repeat(3000));
  for (const part of huge) assert.ok(part.length <= 4096);
  assert.equal(huge.join(''), '&lt;&amp;&gt;'.repeat(3000));
});

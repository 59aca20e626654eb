import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { createLogger } from './logger.ts';

test('secrets and personal text never reach the log, ids do', () => {
  const out = new PassThrough();
  let written = '';
  out.on('data', (d) => (written += d));
  const logger = createLogger('info', out);
  logger.info({ resumeId: 'r-1', text: 'Alice Chen, 555-0100', token: 'xoxb-secret', event: { content: 'my resume', authorization: 'Bearer abc' } }, 'upload');
  logger.child({ threadId: 't-1' }).error({ config: { raw: { OPENAI_API_KEY: 'sk-live' } } }, 'boom');
  assert.match(written, /"resumeId":"r-1"/);
  assert.match(written, /"threadId":"t-1"/);
  for (const secret of ['Alice Chen', 'xoxb-secret', 'my resume', 'Bearer abc', 'sk-live']) assert.ok(!written.includes(secret), `${secret} leaked`);
});

test('secret values inside strings, and tokens inside URLs, are blanked too', () => {
  const out = new PassThrough();
  let written = '';
  out.on('data', (d) => (written += d));
  const logger = createLogger('info', out, ['sk-live-123456']);
  logger.error({ err: new Error('request to https://api.telegram.org/bot123456:AAE-secret_part/sendMessage failed') }, 'send failed');
  logger.warn({ detail: 'key sk-live-123456 rejected; PATCH /webhooks/42/itoken-abc.def/messages' }, 'x');
  for (const secret of ['AAE-secret_part', 'sk-live-123456', 'itoken-abc.def']) assert.ok(!written.includes(secret), `${secret} leaked`);
  assert.match(written, /\/bot\[redacted\]\/sendMessage/);
});

test('a failed SQL statement is logged without its parameters (they hold personal text)', () => {
  const out = new PassThrough();
  let written = '';
  out.on('data', (d) => (written += d));
  const failed = Object.assign(new Error('Failed query: insert into "stories" ("title") values ($1)\nparams: Cut payout time at Finlo'), {
    query: 'insert into "stories" ("title") values ($1)',
    params: ['Cut payout time at Finlo'],
  });
  createLogger('info', out).error({ err: failed }, 'story not saved');
  assert.ok(!written.includes('Cut payout time'), written);
  assert.match(written, /Failed query: insert into/);
});

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

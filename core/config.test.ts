import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { configSchema, parseConfig } from './config.ts';

test('no environment at all gives the embedded default', () => {
  const config = parseConfig({});
  assert.deepEqual(config.database, { kind: 'pglite', dataDir: './.data/pglite' });
  assert.deepEqual(config.queue, { kind: 'in-process' });
  assert.deepEqual(config.files, { kind: 'local', dir: './.data/files' });
  assert.equal(config.ai.configured, false);
  assert.equal(config.uploads.maxBytes, 10 * 1024 * 1024);
  assert.equal(config.http.port, 3000);
});

test('empty values count as unset, so a copied .env.example changes nothing', () => {
  const config = parseConfig({ DATABASE_URL: '', REDIS_URL: ' ', S3_BUCKET: '' });
  assert.equal(config.database.kind, 'pglite');
  assert.equal(config.queue.kind, 'in-process');
  assert.equal(config.files.kind, 'local');
});

test('production settings select Postgres, BullMQ and S3', () => {
  const config = parseConfig({ DATABASE_URL: 'postgres://db/x', REDIS_URL: 'redis://r:6379', S3_BUCKET: 'b', S3_ENDPOINT: 'http://minio:9000', OPENAI_API_KEY: 'k' });
  assert.equal(config.database.kind, 'postgres');
  assert.deepEqual(config.queue, { kind: 'bullmq', redisUrl: 'redis://r:6379', prefix: 'intervai' });
  assert.equal(config.files.kind, 's3');
  assert.equal(config.ai.configured, true);
});

test('bad values are refused with the variable named', () => {
  assert.throws(() => parseConfig({ PORT: 'eighty' }), /PORT/);
  assert.throws(() => parseConfig({ S3_ENDPOINT: 'http://minio:9000' }), /S3_BUCKET/);
});

test('RETENTION_DAYS is a whole number of days, 365 by default', () => {
  assert.equal(parseConfig({}).retentionDays, 365);
  assert.equal(parseConfig({ RETENTION_DAYS: '30' }).retentionDays, 30);
  for (const bad of ['0', '-5', '1.5', 'a year']) {
    assert.throws(() => parseConfig({ RETENTION_DAYS: bad }), /RETENTION_DAYS: must be a whole number of days/, bad);
  }
});

test('.env.example lists every variable of the contract, each with a comment', () => {
  const lines = readFileSync(new URL('../.env.example', import.meta.url), 'utf8').split('\n');
  const listed = lines.map((l) => /^([A-Z0-9_]+)=/.exec(l)?.[1]).filter(Boolean);
  assert.deepEqual([...listed].sort(), Object.keys(configSchema.shape).sort());
  for (const [i, line] of lines.entries()) {
    if (/^[A-Z0-9_]+=/.test(line)) assert.match(lines[i - 1] ?? '', /^# /, `${line} needs a comment above it`);
  }
});

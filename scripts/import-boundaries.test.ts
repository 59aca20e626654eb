// DESIGN.md's import rules, checked on every source file: core imports no platform SDK, queue
// or HTTP library; imports flow bots → core ← workers, web-admin → core; adapters hold no SQL.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = new URL('..', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|js|mjs)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

/** The top-level folder an import points into, for relative imports. */
function folderOf(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return relative(root, join(root, file, '..', specifier)).split('/')[0];
}

const forbiddenInCore = /^(@slack\/|discord\.js|grammy|@grammyjs\/|bullmq|ioredis|express|pg$|drizzle-orm|@electric-sql\/|pino|prom-client|@aws-sdk\/|stripe$|@paddle\/)/;

test('core imports no platform SDK, queue, database, HTTP or logging library', () => {
  const offenders = sources('core').flatMap((f) => importsOf(f).filter((s) => forbiddenInCore.test(s)).map((s) => `${f} → ${s}`));
  assert.deepEqual(offenders, []);
});

test('core imports nothing outside core', () => {
  const offenders = sources('core').flatMap((f) =>
    importsOf(f).filter((s) => { const folder = folderOf(f, s); return folder !== undefined && folder !== 'core'; }).map((s) => `${f} → ${s}`),
  );
  assert.deepEqual(offenders, []);
});

test('bots, workers and the web admin import only core (and their own folder), except the workers entry point', () => {
  const allowed: Record<string, string[]> = { bots: ['bots', 'core'], workers: ['workers', 'core'], 'web-admin': ['web-admin', 'core'] };
  const offenders = Object.entries(allowed).flatMap(([dir, ok]) =>
    sources(dir)
      .filter((f) => f !== 'workers/main.ts')
      .flatMap((f) => importsOf(f).filter((s) => { const folder = folderOf(f, s); return folder !== undefined && !ok.includes(folder); }).map((s) => `${f} → ${s}`)),
  );
  assert.deepEqual(offenders, []);
});

test('adapters and workers contain no SQL and no database driver', () => {
  const offenders = [...sources('bots'), ...sources('workers')].filter((f) => {
    const text = readFileSync(join(root, f), 'utf8');
    return /from ['"](drizzle-orm|pg|@electric-sql\/pglite)/.test(text) || /\b(SELECT|INSERT INTO|UPDATE \w+ SET)\b/.test(text);
  });
  assert.deepEqual(offenders, []);
});

test('nothing below the entry points reads process.env', () => {
  const entryPoints = new Set(['app/entry-point.ts', 'app/cli.ts', 'scripts/bench.ts', 'scripts/run-tests.mjs']);
  const offenders = ['core', 'bots', 'workers', 'db', 'infra', 'app']
    .flatMap(sources)
    .filter((f) => !entryPoints.has(f) && readFileSync(join(root, f), 'utf8').includes('process.env'));
  assert.deepEqual(offenders, []);
});

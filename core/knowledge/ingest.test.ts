// The knowledge guides indexed on real Postgres (PGlite) with the offline lexical embedding:
// changed files only, removed files leave, and search finds the right section.
import assert from 'node:assert/strict';
import { cp, rm, writeFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { openStore } from '../../db/store.ts';
import { createTempDir } from '../../test-helpers/temp-dir.ts';
import { createAiGateway } from '../ai/gateway.ts';
import { createMemoryAiCache } from '../ai/memory-cache.ts';
import { parseConfig } from '../config.ts';
import { silentLogger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import { guidesDir, ingestKnowledge, searchKnowledge } from './ingest.ts';

let dir: Awaited<ReturnType<typeof createTempDir>>;
let store: Store;
const gateway = () => createAiGateway({ config: parseConfig({}).ai, usage: store.usage, cache: createMemoryAiCache(), logger: silentLogger });

before(async () => {
  dir = await createTempDir();
  store = await openStore({ kind: 'pglite', dataDir: `${dir.path}/db` });
  await cp(guidesDir, `${dir.path}/guides`, { recursive: true });
});
after(async () => {
  await store.close();
  await dir.remove();
});

test('guides are embedded once; a changed file is embedded again and a removed one leaves the index', async () => {
  const first = await ingestKnowledge(store.knowledge, gateway(), `${dir.path}/guides`);
  assert.ok(first.embedded >= 20, `${first.embedded} guides`);
  assert.equal(first.model, 'lexical-hash-1024-v3');
  assert.deepEqual(await ingestKnowledge(store.knowledge, gateway(), `${dir.path}/guides`), { embedded: 0, unchanged: first.embedded, removed: 0, model: first.model });
  await writeFile(`${dir.path}/guides/star-method.md`, '# The STAR method\nShort.\n\n## Result first\nOpen with the outcome, then tell the story.\n');
  await rm(`${dir.path}/guides/handling-nerves.md`);
  const again = await ingestKnowledge(store.knowledge, gateway(), `${dir.path}/guides`);
  assert.deepEqual([again.embedded, again.removed], [1, 1]);
});

test('search finds the section that answers a question', async () => {
  await cp(guidesDir, `${dir.path}/fresh`, { recursive: true });
  await ingestKnowledge(store.knowledge, gateway(), `${dir.path}/fresh`);
  const hits = await searchKnowledge(store.knowledge, gateway(), null, 'How many words should a 60 second elevator pitch have?');
  assert.equal(hits[0]?.documentPath, 'guides/elevator-pitch.md');
});

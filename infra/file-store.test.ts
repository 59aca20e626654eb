import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FileStore } from '../core/ports/file-store.ts';
import { startFakeS3 } from '../test-helpers/s3.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';
import { createLocalFileStore } from './local-file-store.ts';
import { createS3FileStore } from './s3-file-store.ts';

function fileStoreContract(name: string, make: () => Promise<{ store: FileStore; cleanup(): Promise<void> }>) {
  describe(name, () => {
    let store: FileStore;
    let cleanup: () => Promise<void>;
    before(async () => ({ store, cleanup } = await make()));
    after(() => cleanup());

    test('put, get, exists and delete round-trip the exact bytes', async () => {
      const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10]);
      await store.put('uploads/u1/r1/resume.pdf', bytes, 'application/pdf');
      assert.equal(await store.exists('uploads/u1/r1/resume.pdf'), true);
      assert.deepEqual(await store.get('uploads/u1/r1/resume.pdf'), bytes);
      await store.delete('uploads/u1/r1/resume.pdf');
      assert.equal(await store.exists('uploads/u1/r1/resume.pdf'), false);
    });

    test("deleteAll removes one user's files under their folder, leaves the rest, and refuses any wider prefix", async () => {
      const [u7, u70] = ['0000000a-0000-4000-8000-000000000007', '0000000a-0000-4000-8000-000000000070'];
      await store.put(`uploads/${u7}/a/cv.pdf`, Buffer.from('a'), 'application/pdf');
      await store.put(`uploads/${u7}/b/cv.docx`, Buffer.from('b'), 'application/octet-stream');
      await store.put(`uploads/${u70}/c/cv.pdf`, Buffer.from('c'), 'application/pdf');
      assert.equal(await store.deleteAll(`uploads/${u7}/`), 2);
      assert.equal(await store.exists(`uploads/${u7}/a/cv.pdf`), false);
      assert.equal(await store.exists(`uploads/${u70}/c/cv.pdf`), true);
      assert.equal(await store.deleteAll(`uploads/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/`), 0);
      for (const wide of ['', 'uploads/', 'uploads//', `uploads/${u7}`, '../']) await assert.rejects(store.deleteAll(wide), /refusing to delete/);
      assert.equal(await store.exists(`uploads/${u70}/c/cv.pdf`), true, 'nothing else was touched');
    });

    test('deleteOlderThan removes exports written before the cutoff, never other kinds', async () => {
      const [exportKey, uploadKey] = ['exports/u5/e1/data.json', 'uploads/u5/r1/cv.pdf'];
      await store.put(exportKey, Buffer.from('{}'), 'application/json');
      await store.put(uploadKey, Buffer.from('pdf'), 'application/pdf');
      // Written just now: older than a cutoff an hour ahead, newer than one an hour back.
      const hour = 60 * 60_000;
      assert.equal(await store.deleteOlderThan('exports', new Date(Date.now() - hour)), 0);
      assert.equal(await store.exists(exportKey), true);
      assert.equal(await store.deleteOlderThan('exports', new Date(Date.now() + hour)), 1);
      assert.deepEqual([await store.exists(exportKey), await store.exists(uploadKey)], [false, true]);
      assert.equal(await store.deleteOlderThan('exports', new Date(Date.now() + hour)), 0, 'a second run finds nothing');
      await assert.rejects(store.deleteOlderThan('uploads' as 'exports', new Date(Date.now() + hour)), /refusing to purge/);
      assert.equal(await store.exists(uploadKey), true);
    });

    test('a missing key is reported as absent, and deleting it is harmless', async () => {
      assert.equal(await store.exists('nope/missing.txt'), false);
      await store.delete('nope/missing.txt');
      await assert.rejects(store.get('nope/missing.txt'));
    });
  });
}

fileStoreContract('local file store', async () => {
  const dir = await createTempDir();
  return { store: createLocalFileStore(dir.path), cleanup: dir.remove };
});

fileStoreContract('S3 file store (s3rver on 127.0.0.1)', async () => {
  const s3 = await startFakeS3();
  const store = await createS3FileStore({
    kind: 's3',
    endpoint: s3.endpoint,
    bucket: 'intervai-test',
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
  });
  return { store, cleanup: s3.stop };
});

test('local file store refuses keys that escape its folder', async () => {
  const dir = await createTempDir();
  const store = createLocalFileStore(dir.path);
  await assert.rejects(store.put('../outside.txt', Buffer.from('x'), 'text/plain'), /invalid file key/);
  await dir.remove();
});

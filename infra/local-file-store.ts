// FileStore on a local folder (the embedded default, under DATA_DIR/files).
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { assertExpiringKind, assertOwnerPrefix, type FileStore } from '../core/ports/file-store.ts';

export function createLocalFileStore(dir: string): FileStore {
  const root = resolve(dir);

  /** Keys are relative paths; anything that would escape the folder is refused. */
  function pathOf(key: string): string {
    const path = resolve(root, key);
    if (!path.startsWith(root + sep)) throw new Error(`invalid file key: ${key}`);
    return path;
  }

  return {
    kind: 'local',
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Write then rename, so a crash never leaves half a file under the real name.
      const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.part`);
      try {
        await writeFile(temp, bytes);
        await rename(temp, path);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    get: (key) => readFile(pathOf(key)),
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async deleteAll(prefix) {
      assertOwnerPrefix(prefix);
      const dir = pathOf(prefix.replace(/\/+$/, ''));
      const files = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
      await rm(dir, { recursive: true, force: true });
      return files.filter((f) => f.isFile()).length;
    },
    async deleteOlderThan(kind, cutoff) {
      assertExpiringKind(kind);
      const entries = await readdir(pathOf(kind), { recursive: true, withFileTypes: true }).catch(() => []);
      let deleted = 0;
      for (const entry of entries.filter((e) => e.isFile())) {
        const path = join(entry.parentPath, entry.name);
        const info = await stat(path).catch(() => undefined);
        if (!info || info.mtime >= cutoff) continue;
        await rm(path, { force: true });
        // Each file has a folder of its own (kind/<userId>/<id>/name): drop it once empty.
        await rmdir(entry.parentPath).catch(() => {});
        deleted++;
      }
      return deleted;
    },
    async exists(key) {
      return stat(pathOf(key)).then(
        () => true,
        () => false,
      );
    },
  };
}

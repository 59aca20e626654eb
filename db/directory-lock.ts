// PGlite keeps its files in one folder and must have a single process writing it. A lock file
// with the owner's pid turns a second process into a clear error instead of a corrupt database.
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../core/errors.ts';

export interface DirectoryLock {
  release(): Promise<void>;
}

export class DataDirInUseError extends AppError {
  constructor(dir: string, pid: number) {
    super(
      'data_dir_in_use',
      `The embedded database in ${dir} is in use by another IntervAI process (pid ${pid}). Stop that process, set DATA_DIR to another folder, or use DATABASE_URL.`,
    );
  }
}

export async function acquireDirectoryLock(dir: string): Promise<DirectoryLock> {
  const path = join(dir, 'intervai.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (owner && owner !== process.pid && isAlive(owner)) throw new DataDirInUseError(dir, owner);
      // The owner is gone (a crash or kill -9): the lock is stale.
      await rm(path, { force: true });
    }
  }
  throw new Error(`Could not lock ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Opens the database chosen by config (PGlite in DATA_DIR, or Postgres at DATABASE_URL),
// applies the one migration folder, and returns a Drizzle handle over it.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Config } from '../core/config.ts';
import { AppError, ServiceUnavailableError } from '../core/errors.ts';
import { acquireDirectoryLock, type DirectoryLock } from './directory-lock.ts';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  hasPgvector: boolean;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
/** Any fixed number: serialises migrations when several processes start at once. */
const migrationLockKey = 4_242_001;

export async function openDatabase(config: Config['database']): Promise<Database> {
  return config.kind === 'pglite' ? openPglite(config.dataDir) : openPostgres(config.url);
}

async function openPglite(dataDir: string): Promise<Database> {
  // Loaded only for the embedded database: a Postgres deployment never pays for PGlite.
  const [{ PGlite }, { vector }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-pgvector'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  await mkdir(dataDir, { recursive: true });
  const lock: DirectoryLock = await acquireDirectoryLock(dataDir);
  try {
    const client = await PGlite.create(dataDir, { extensions: { vector } });
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    await migratePglite(db as never, { migrationsFolder });
    return {
      kind: 'pglite',
      db,
      hasPgvector: await detectPgvector(db),
      async close() {
        await client.close();
        await lock.release();
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function openPostgres(url: string): Promise<Database> {
  // 20 connections: the bench showed 10 queueing requests at 200 concurrent chat users.
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 5000, max: 20 });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => {});
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    await pool.end().catch(() => {});
    throw connectionError(url, error);
  }
  try {
    await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
    await migratePg(drizzlePg({ client }), { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]).catch(() => {});
    client.release();
  }
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return { kind: 'postgres', db, hasPgvector: await detectPgvector(db), close: () => pool.end() };
}

/** Names the actual problem: wrong credentials and a missing database are not "unreachable". */
function connectionError(url: string, error: unknown): AppError {
  const where = `the database at DATABASE_URL (${describeUrl(url)})`;
  const code = (error as { code?: string }).code;
  if (code === '28P01' || code === '28000') {
    return new AppError('database_auth', `Postgres refused the user or password for ${where}. Fix the credentials in DATABASE_URL.`, { cause: error });
  }
  if (code === '3D000') {
    return new AppError('database_missing', `The database named in DATABASE_URL (${describeUrl(url)}) does not exist. Create it (createdb) or fix DATABASE_URL.`, { cause: error });
  }
  return new ServiceUnavailableError(
    `The database at DATABASE_URL (${describeUrl(url)})`,
    'Start Postgres or fix DATABASE_URL, or unset it to use the embedded database.',
    { cause: error },
  );
}

async function detectPgvector(db: Db): Promise<boolean> {
  const result = await db.execute(sql`SELECT 1 AS present FROM pg_extension WHERE extname = 'vector'`);
  return rowsOf(result).length > 0;
}

/** Drizzle returns `{ rows }` from both drivers' execute(). */
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** host:port/db without credentials, safe for messages and logs. */
export function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

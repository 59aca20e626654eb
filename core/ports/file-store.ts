// The FileStore port: a local folder by default (infra/local-file-store.ts), S3-compatible
// storage in production (infra/s3-file-store.ts).
import { isOwnerFolder } from '../ids.ts';

export interface FileStore {
  readonly kind: 'local' | 's3';
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Deletes every file under one owner's folder, `kind/<id>/` ("uploads/<userId>/"); returns how many.
   *  Any other prefix is refused, so a mistake can never empty a whole kind or the store. */
  deleteAll(prefix: string): Promise<number>;
  /** Deletes the files of one kind written before the cutoff (the retention purge); returns how many. */
  deleteOlderThan(kind: ExpiringKind, cutoff: Date): Promise<number>;
}

/** Kinds of files no row points to, so only their age says when they go: exports sent in the chat,
 *  and job descriptions sent as files (read once, then deleted; a failed delete leaves one behind). */
export const expiringKinds = ['exports', 'job-descriptions'] as const;
export type ExpiringKind = (typeof expiringKinds)[number];

export function assertExpiringKind(kind: string): asserts kind is ExpiringKind {
  if (!(expiringKinds as readonly string[]).includes(kind)) throw new Error(`refusing to purge "${kind}": only ${expiringKinds.join(' and ')} expire by age`);
}

/** The only prefixes deleteAll accepts: a kind and an id, e.g. "uploads/3f2a…-…/". */
export function assertOwnerPrefix(prefix: string): void {
  if (!isOwnerFolder(prefix)) throw new Error(`refusing to delete under "${prefix}": not a kind/<id>/ folder`);
}

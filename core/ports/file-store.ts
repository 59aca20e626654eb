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
}

/** The only prefixes deleteAll accepts: a kind and an id, e.g. "uploads/3f2a…-…/". */
export function assertOwnerPrefix(prefix: string): void {
  if (!isOwnerFolder(prefix)) throw new Error(`refusing to delete under "${prefix}": not a kind/<id>/ folder`);
}

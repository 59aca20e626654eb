// The FileStore port: a local folder by default (infra/local-file-store.ts), S3-compatible
// storage in production (infra/s3-file-store.ts).

export interface FileStore {
  readonly kind: 'local' | 's3';
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Deletes every file whose key starts with `prefix` ("uploads/<userId>/"); returns how many. */
  deleteAll(prefix: string): Promise<number>;
}

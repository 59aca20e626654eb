// FileStore on S3 or any S3-compatible service (MinIO, OSS, s3rver in tests).
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Config } from '../core/config.ts';
import { ServiceUnavailableError } from '../core/errors.ts';
import { assertExpiringKind, assertOwnerPrefix, type FileStore } from '../core/ports/file-store.ts';

type S3Config = Extract<Config['files'], { kind: 's3' }>;

export async function createS3FileStore(config: S3Config): Promise<FileStore> {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    // MinIO and most self-hosted services address buckets by path, not subdomain.
    forcePathStyle: Boolean(config.endpoint),
    credentials:
      config.accessKeyId && config.secretAccessKey
        ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
        : undefined,
    maxAttempts: 3,
  });
  const Bucket = config.bucket;
  await ensureBucket(client, Bucket, config.endpoint);

  /** Deletes the listed keys under a prefix that `chosen` picks (by last-modified time); returns how many. */
  async function deleteListed(Prefix: string, chosen: (modified: Date | undefined) => boolean): Promise<number> {
    let deleted = 0;
    // Listing returns up to 1,000 keys a page; each page is deleted in one request.
    for (let token: string | undefined, more = true; more; ) {
      const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix, ContinuationToken: token }));
      const keys = (page.Contents ?? []).flatMap((o) => (o.Key && chosen(o.LastModified) ? [{ Key: o.Key }] : []));
      if (keys.length) await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: keys, Quiet: true } }));
      deleted += keys.length;
      token = page.NextContinuationToken;
      more = Boolean(page.IsTruncated && token);
    }
    return deleted;
  }

  return {
    kind: 's3',
    async put(Key, Body, ContentType) {
      await client.send(new PutObjectCommand({ Bucket, Key, Body, ContentType }));
    },
    async get(Key) {
      const result = await client.send(new GetObjectCommand({ Bucket, Key }));
      return Buffer.from(await result.Body!.transformToByteArray());
    },
    async delete(Key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key }));
    },
    async deleteAll(Prefix) {
      assertOwnerPrefix(Prefix);
      return deleteListed(Prefix, () => true);
    },
    async deleteOlderThan(kind, cutoff) {
      assertExpiringKind(kind);
      return deleteListed(`${kind}/`, (modified) => modified !== undefined && modified < cutoff);
    },
    async exists(Key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key }));
        return true;
      } catch (error) {
        if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
        throw error;
      }
    },
  };
}

/** Creates the bucket on first use (a fresh MinIO has none); fails with a clear sentence. */
async function ensureBucket(client: S3Client, Bucket: string, endpoint: string | undefined): Promise<void> {
  try {
    await client.send(new HeadBucketCommand({ Bucket }));
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404) {
      await client.send(new CreateBucketCommand({ Bucket }));
      return;
    }
    throw new ServiceUnavailableError(
      `The file store at S3_ENDPOINT (${endpoint ?? 'AWS S3'}, bucket ${Bucket})`,
      'Check S3_ENDPOINT and the S3_* credentials, or unset S3_BUCKET to keep files in DATA_DIR.',
      { cause: error },
    );
  }
}

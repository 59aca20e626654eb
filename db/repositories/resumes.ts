import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { ParsedResume, ResumeRecord, ResumeStore } from '../../core/ports/store.ts';
import type { Db } from '../database.ts';
import { resumes } from '../schema.ts';

const columns = {
  id: resumes.id,
  userId: resumes.userId,
  version: resumes.version,
  fileKey: resumes.fileKey,
  fileName: resumes.fileName,
  mimeType: resumes.mimeType,
  sizeBytes: resumes.sizeBytes,
  status: resumes.status,
  detectedType: resumes.detectedType,
  failureReason: resumes.failureReason,
  createdAt: resumes.createdAt,
};

export function createResumeRepository(db: Db): ResumeStore {
  /** Inserts the user's next version. Two inserts racing for one number: the unique index rejects one, which retries. */
  async function insertVersion<T>(userId: string, insert: (version: SQL) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await insert(sql`(SELECT coalesce(max(${resumes.version}), 0) + 1 FROM ${resumes} WHERE ${resumes.userId} = ${userId})`);
      } catch (error) {
        if (attempt >= 3 || !isUniqueViolation(error)) throw error;
      }
    }
  }


  return {
    async createUpload(upload): Promise<ResumeRecord> {
      return insertVersion(upload.userId, async (version) => {
        const [row] = await db.insert(resumes).values({ ...upload, version }).returning(columns);
        return row!;
      });
    },

    async get(resumeId) {
      const [row] = await db.select(columns).from(resumes).where(eq(resumes.id, resumeId));
      return row;
    },

    async latestFor(userId) {
      const [row] = await db.select(columns).from(resumes).where(eq(resumes.userId, userId)).orderBy(desc(resumes.version)).limit(1);
      return row;
    },

    async setStatus(resumeId, status) {
      await db.update(resumes).set({ status, updatedAt: sql`now()` }).where(eq(resumes.id, resumeId));
    },

    async saveParsed(resumeId, result) {
      await db
        .update(resumes)
        .set({
          status: 'parsed',
          detectedType: result.detectedType,
          sha256: result.sha256,
          parsed: result.parsed,
          warnings: result.warnings,
          parseSource: result.source,
          failureReason: null,
          updatedAt: sql`now()`,
        })
        .where(eq(resumes.id, resumeId));
    },

    async parsedVersion(userId, version) {
      const [row] = await db
        .select({ ...columns, parsed: resumes.parsed, warnings: resumes.warnings, parseSource: resumes.parseSource })
        .from(resumes)
        .where(and(eq(resumes.userId, userId), eq(resumes.status, 'parsed'), version === undefined ? undefined : eq(resumes.version, version)))
        .orderBy(desc(resumes.version))
        .limit(1);
      return row as ParsedResume | undefined;
    },

    async createEdited(from, parsed, warnings) {
      return insertVersion(from.userId, async (version) => {
        const [row] = await db
          .insert(resumes)
          .values({ userId: from.userId, version, fileName: from.fileName, mimeType: 'application/json', sizeBytes: 0, status: 'parsed', detectedType: from.detectedType, parsed, warnings, parseSource: 'edited' })
          .returning({ ...columns, parsed: resumes.parsed, warnings: resumes.warnings, parseSource: resumes.parseSource });
        return row as ParsedResume;
      });
    },

    async versions(userId) {
      return db.select(columns).from(resumes).where(eq(resumes.userId, userId)).orderBy(desc(resumes.version));
    },

    async markFailed(resumeId, reason) {
      await db
        .update(resumes)
        // A failed upload keeps no file: its bytes are deleted by the caller.
        .set({ status: 'failed', failureReason: reason, fileKey: null, updatedAt: sql`now()` })
        .where(eq(resumes.id, resumeId));
    },

    async remove(resumeId) {
      await db.delete(resumes).where(eq(resumes.id, resumeId));
    },
  };
}

export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  return code === '23505';
}

import { and, desc, eq, sql } from 'drizzle-orm';
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
  return {
    async createUpload(upload): Promise<ResumeRecord> {
      // Two uploads racing for the same version number: the unique index rejects one; retry it.
      for (let attempt = 0; ; attempt++) {
        try {
          const [row] = await db
            .insert(resumes)
            .values({
              ...upload,
              version: sql`(SELECT coalesce(max(${resumes.version}), 0) + 1 FROM ${resumes} WHERE ${resumes.userId} = ${upload.userId})`,
            })
            .returning(columns);
          return row!;
        } catch (error) {
          if (attempt >= 3 || !isUniqueViolation(error)) throw error;
        }
      }
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

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  return code === '23505';
}

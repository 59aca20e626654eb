// The daily retention purge on a fake clock, on PGlite and on the machine's Postgres: what is
// older than RETENTION_DAYS goes (rows and their files), what is newer or is accounting stays,
// a second run deletes nothing, and each run queues the next day's.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import type { EnqueueOptions, JobName } from '../core/ports/job-queue.ts';
import { silentLogger, type Logger } from '../core/ports/logger.ts';
import type { Store } from '../core/ports/store.ts';
import { openDatabase, rowsOf, type Database } from '../db/database.ts';
import * as schema from '../db/schema.ts';
import { createStore } from '../db/store.ts';
import { createLocalFileStore } from '../infra/local-file-store.ts';
import { startRecordingRuntime } from '../test-helpers/recording-runtime.ts';
import { createTempDatabase } from '../test-helpers/postgres.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';
import { createPurgeExpired } from './purge-expired.ts';

const now = new Date('2031-03-10T06:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60_000);
const old = daysAgo(400);
const recent = daysAgo(10);

function purgeContract(name: string, open: () => Promise<{ database: Database; cleanup(): Promise<void> }>) {
  describe(name, () => {
    let database: Database;
    let store: Store;
    let cleanupDb: () => Promise<void>;
    let dir: { path: string; remove(): Promise<void> };
    before(async () => {
      ({ database, cleanup: cleanupDb } = await open());
      store = createStore(database);
      dir = await createTempDir();
    });
    after(async () => {
      await store.close();
      await cleanupDb();
      await dir.remove();
    });

    test('deletes what is older than RETENTION_DAYS with its files, keeps the rest, and a second run deletes nothing', async () => {
      const files = createLocalFileStore(dir.path);
      const { db } = database;
      const conv = await store.conversations.open('web:ret:', { platform: 'web', workspaceId: '', platformUserId: 'ret', displayName: 'Ret' });
      const userId = conv.userId;

      // Resume versions: the first uploaded 400 days ago, the second 10 days ago.
      const fileOf = (n: number) => `uploads/${userId}/${randomUUID()}/cv${n}.pdf`;
      const [oldKey, newKey] = [fileOf(1), fileOf(2)];
      const v1 = await store.resumes.createUpload({ userId, fileName: 'cv1.pdf', mimeType: 'application/pdf', sizeBytes: 3, fileKey: oldKey });
      const v2 = await store.resumes.createUpload({ userId, fileName: 'cv2.pdf', mimeType: 'application/pdf', sizeBytes: 3, fileKey: newKey });
      for (const key of [oldKey, newKey]) await files.put(key, Buffer.from('pdf'), 'application/pdf');
      await db.update(schema.resumes).set({ createdAt: old, updatedAt: old }).where(eq(schema.resumes.id, v1.id));
      await db.update(schema.resumes).set({ createdAt: recent, updatedAt: recent }).where(eq(schema.resumes.id, v2.id));
      await db.insert(schema.optimizations).values({ userId, resumeId: v1.id, jobDescription: 'JD', createdAt: old });

      // Interviews: one ended 400 days ago (with a chart), one ended 10 days ago, one still active but quiet for 400.
      const chartKey = `reports/${userId}/${randomUUID()}/interview-scores.png`;
      await files.put(chartKey, Buffer.from('png'), 'image/png');
      const interview = async (status: 'ended' | 'reported' | 'active', at: Date, report?: object) => {
        const [session] = await db
          .insert(schema.interviewSessions)
          .values({ userId, status, report, createdAt: at, lastActivityAt: at, endedAt: status === 'active' ? null : at })
          .returning();
        const [question] = await db.insert(schema.interviewQuestions).values({ sessionId: session!.id, position: 0, text: 'Q', source: 'bank', createdAt: at }).returning();
        const [answer] = await db.insert(schema.interviewMessages).values({ sessionId: session!.id, questionId: question!.id, role: 'candidate', text: 'A', createdAt: at }).returning();
        await db.insert(schema.answerScores).values({ messageId: answer!.id, scores: {}, overall: 3, createdAt: at });
        return session!.id;
      };
      const oldInterview = await interview('reported', old, { chartKey });
      const newInterview = await interview('ended', recent);
      const quietActive = await interview('active', old);

      // Chat transcript, its summary and practice answers: one old, one recent each.
      await store.conversations.recordIncoming(conv.id, 'm-old', 'old words', {});
      await store.conversations.recordIncoming(conv.id, 'm-new', 'new words', {});
      await db.update(schema.messages).set({ createdAt: old, updatedAt: old }).where(eq(schema.messages.platformMessageId, 'm-old'));
      await db.update(schema.messages).set({ createdAt: recent, updatedAt: recent }).where(eq(schema.messages.platformMessageId, 'm-new'));
      await db.insert(schema.conversationMemory).values({ conversationId: conv.id, summary: 'old summary', throughSeq: 1, updatedAt: old });
      const [item] = await db.insert(schema.practiceItems).values({ userId, question: 'Q', lastScore: 2, fix: 'F', dueAt: recent }).returning();
      await db.insert(schema.practiceAttempts).values([
        { itemId: item!.id, userId, answer: 'old try', createdAt: old },
        { itemId: item!.id, userId, answer: 'new try', createdAt: recent },
      ]);

      // Files no row points to go by their age: exports sent in the chat, a job description left behind.
      const loose = { oldExport: `exports/${userId}/${randomUUID()}/old.json`, newExport: `exports/${userId}/${randomUUID()}/new.json`, oldJd: `job-descriptions/${userId}/${randomUUID()}/jd.pdf` };
      for (const [name, key] of Object.entries(loose)) {
        await files.put(key, Buffer.from('x'), 'application/octet-stream');
        const at = name.startsWith('old') ? old : recent;
        await utimes(join(dir.path, key), at, at);
      }

      // One resume each, uploaded 400 days ago: kept for someone who wrote since, purged for someone who did not.
      const onlyResume = async (name: string, wroteAt: Date) => {
        const c = await store.conversations.open(`web:${name}:`, { platform: 'web', workspaceId: '', platformUserId: name, displayName: name });
        const fileKey = `uploads/${c.userId}/${randomUUID()}/cv.pdf`;
        await files.put(fileKey, Buffer.from('pdf'), 'application/pdf');
        const r = await store.resumes.createUpload({ userId: c.userId, fileName: 'cv.pdf', mimeType: 'application/pdf', sizeBytes: 3, fileKey });
        await db.update(schema.resumes).set({ createdAt: old, updatedAt: old }).where(eq(schema.resumes.id, r.id));
        await store.conversations.recordIncoming(c.id, `m-${name}`, 'hello', {});
        await db.update(schema.messages).set({ createdAt: wroteAt, updatedAt: wroteAt }).where(eq(schema.messages.platformMessageId, `m-${name}`));
        return { userId: c.userId, fileKey };
      };
      const stillActive = await onlyResume('active', recent);
      const gone = await onlyResume('gone', old);

      // Accounting stays whatever its age.
      await db.insert(schema.usageRecords).values({ userId, task: 'chat', provider: 'openai', model: 'm', createdAt: old });
      await db.insert(schema.subscriptions).values({ userId, provider: 'manual', tier: 'pro', status: 'active', createdAt: old, updatedAt: old });
      await db.insert(schema.billingEvents).values({ provider: 'stripe', eventId: `evt-${randomUUID()}`, type: 't', receivedAt: old });

      const queued: Array<{ name: JobName; payload: unknown; options: EnqueueOptions }> = [];
      const logged: object[] = [];
      const logger: Logger = { ...silentLogger, info: (obj) => void logged.push(obj) };
      const purge = createPurgeExpired({
        store, files, logger, retentionDays: 365, now: () => now,
        queue: { enqueue: async (name, payload, options) => void queued.push({ name, payload, options }) },
      });

      await purge({ day: '2031-03-10' }, { jobId: 'purge-expired-2031-03-10', attempt: 1 });

      assert.deepEqual(logged, [{ retentionDays: 365, resumes: 2, interviews: 1, files: 3, looseFiles: 2, messages: 2, summaries: 1, practiceAnswers: 1 }]);
      assert.equal((await store.resumes.versions(stillActive.userId)).length, 1, 'an active user keeps their only resume, however old');
      assert.equal(await files.exists(stillActive.fileKey), true);
      assert.deepEqual([(await store.resumes.versions(gone.userId)).length, await files.exists(gone.fileKey)], [0, false], 'a user gone quiet loses it');
      assert.deepEqual((await store.resumes.versions(userId)).map((r) => r.version), [2], 'the old version went, the newer stays');
      assert.deepEqual([await files.exists(oldKey), await files.exists(chartKey), await files.exists(newKey)], [false, false, true]);
      assert.deepEqual([await files.exists(loose.oldExport), await files.exists(loose.oldJd), await files.exists(loose.newExport)], [false, false, true]);
      const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();
      assert.deepEqual(ids(await db.select({ id: schema.interviewSessions.id }).from(schema.interviewSessions)), [newInterview, quietActive].sort());
      assert.ok(!(await store.interviews.get(oldInterview)));
      const count = async (table: string) => rowsOf<{ n: number }>(await db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`)))[0]!.n;
      assert.deepEqual(
        {
          optimizations: await count('optimizations'), questions: await count('interview_questions'), answers: await count('interview_messages'),
          scores: await count('answer_scores'), memory: await count('conversation_memory'), practice: await count('practice_attempts'),
          usage: await count('usage_records'), subscriptions: await count('subscriptions'), billing: await count('billing_events'),
        },
        { optimizations: 0, questions: 2, answers: 2, scores: 2, memory: 0, practice: 1, usage: 1, subscriptions: 1, billing: 1 },
      );
      assert.deepEqual((await store.conversations.history('web:ret:', 10)).map((h) => h.text), ['new words']);

      // Tomorrow's run is queued, due at the next UTC midnight, under that day's id.
      assert.deepEqual(queued, [{ name: 'purge-expired', payload: { day: '2031-03-11' }, options: { jobId: 'purge-expired-2031-03-11', delayMs: 18 * 60 * 60_000 } }]);

      await purge({ day: '2031-03-11' }, { jobId: 'purge-expired-2031-03-11', attempt: 1 });
      assert.deepEqual(logged[1], { retentionDays: 365, resumes: 0, interviews: 0, files: 0, looseFiles: 0, messages: 0, summaries: 0, practiceAnswers: 0 });
      assert.equal(queued.length, 2);
      assert.deepEqual(queued[1]!.options.jobId, 'purge-expired-2031-03-11', 'the same day queues the same id, which the queue drops');
    });
  });
}

purgeContract('purge-expired on PGlite', async () => {
  const dir = await createTempDir();
  const database = await openDatabase({ kind: 'pglite', dataDir: dir.path });
  return { database, cleanup: dir.remove };
});

purgeContract('purge-expired on Postgres', async () => {
  const temp = await createTempDatabase();
  const database = await openDatabase({ kind: 'postgres', url: temp.url });
  return { database, cleanup: temp.drop };
});

test('the embedded runtime runs today\'s purge at start and keeps tomorrow\'s waiting in its journal', async () => {
  const app = await startRecordingRuntime({ now: () => now });
  try {
    await app.runtime.queue.waitUntilIdle();
    // Only today's run queues tomorrow's, so finding it shows the start-up run happened.
    const tomorrow = (await app.runtime.store.jobJournal('server').unfinished()).find((j) => j.jobId === 'purge-expired-2031-03-11');
    assert.deepEqual([tomorrow?.name, tomorrow?.payload], ['purge-expired', { day: '2031-03-11' }]);
  } finally {
    await app.stop();
  }
});

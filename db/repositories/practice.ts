import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { PracticeItem, PracticeStore } from '../../core/practice/practice-store.ts';
import type { Db } from '../database.ts';
import { practiceAttempts, practiceItems, users } from '../schema.ts';

type Row = typeof practiceItems.$inferSelect;

const itemOf = (row: Row): PracticeItem => ({
  id: row.id,
  userId: row.userId,
  conversationId: row.conversationId,
  question: row.question,
  lastScore: row.lastScore,
  fix: row.fix,
  step: row.step,
  dueAt: row.dueAt,
  status: row.status,
});

export function createPracticeRepository(db: Db): PracticeStore {
  const waitingOf = (userId: string) => and(eq(practiceItems.userId, userId), eq(practiceItems.status, 'waiting'));
  return {
    async add(weak) {
      const values = { userId: weak.userId, conversationId: weak.conversationId, question: weak.question, lastScore: weak.score, fix: weak.fix, step: 0, dueAt: weak.dueAt, status: 'waiting' as const };
      const [row] = await db
        .insert(practiceItems)
        .values(values)
        .onConflictDoUpdate({
          target: [practiceItems.userId, practiceItems.question],
          set: { conversationId: sql`coalesce(excluded.conversation_id, ${practiceItems.conversationId})`, lastScore: weak.score, fix: weak.fix, step: 0, dueAt: weak.dueAt, status: 'waiting', updatedAt: new Date() },
        })
        .returning();
      return itemOf(row!);
    },
    async get(itemId) {
      const [row] = await db.select().from(practiceItems).where(eq(practiceItems.id, itemId));
      return row && itemOf(row);
    },
    async next(userId) {
      const [row] = await db.select().from(practiceItems).where(waitingOf(userId)).orderBy(asc(practiceItems.dueAt), asc(practiceItems.lastScore)).limit(1);
      return row && itemOf(row);
    },
    async addAttempt(itemId, userId, answer, delivery) {
      const [row] = await db.insert(practiceAttempts).values({ itemId, userId, answer, delivery: delivery ?? null }).returning({ id: practiceAttempts.id });
      return row!.id;
    },
    async attempt(attemptId) {
      const [row] = await db.select().from(practiceAttempts).where(eq(practiceAttempts.id, attemptId));
      return row && { id: row.id, itemId: row.itemId, userId: row.userId, answer: row.answer, delivery: row.delivery };
    },
    async scoreAttempt(attemptId, scores, overall, fix, next) {
      return db.transaction(async (tx) => {
        const [scored] = await tx
          .update(practiceAttempts)
          .set({ scores, overall })
          .where(and(eq(practiceAttempts.id, attemptId), isNull(practiceAttempts.overall)))
          .returning({ itemId: practiceAttempts.itemId });
        if (!scored) return false;
        const moved = next === 'retired' ? { status: 'retired' as const } : { step: next.step, dueAt: next.dueAt, status: 'waiting' as const };
        await tx.update(practiceItems).set({ ...moved, lastScore: overall, fix, updatedAt: new Date() }).where(eq(practiceItems.id, scored.itemId));
        return true;
      });
    },
    async postpone(itemId, dueAt) {
      await db.update(practiceItems).set({ dueAt, updatedAt: new Date() }).where(eq(practiceItems.id, itemId));
    },
    async remindersOn(userId) {
      const [row] = await db.select({ on: users.practiceReminders }).from(users).where(eq(users.id, userId));
      return row?.on ?? false;
    },
    async setReminders(userId, on) {
      await db.update(users).set({ practiceReminders: on }).where(eq(users.id, userId));
    },
  };
}

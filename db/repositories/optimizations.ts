import { desc, eq } from 'drizzle-orm';
import type { OptimizationRecord } from '../../core/optimize/optimization.ts';
import type { OptimizationStore } from '../../core/ports/store.ts';
import type { Db } from '../database.ts';
import { optimizations } from '../schema.ts';

export function createOptimizationRepository(db: Db): OptimizationStore {
  const toRecord = (row: typeof optimizations.$inferSelect): OptimizationRecord => ({
    ...row,
    requirements: (row.requirements ?? null) as OptimizationRecord['requirements'],
    report: (row.report ?? null) as OptimizationRecord['report'],
    suggestions: (row.suggestions ?? []) as OptimizationRecord['suggestions'],
  });
  return {
    async create(input) {
      const [row] = await db.insert(optimizations).values(input).returning();
      return toRecord(row!);
    },
    async get(id) {
      const [row] = await db.select().from(optimizations).where(eq(optimizations.id, id));
      return row && toRecord(row);
    },
    async latestFor(userId) {
      const [row] = await db.select().from(optimizations).where(eq(optimizations.userId, userId)).orderBy(desc(optimizations.createdAt)).limit(1);
      return row && toRecord(row);
    },
    async saveReport(id, requirements, report, suggestions) {
      await db.update(optimizations).set({ requirements, report, suggestions, matchScore: report.score, status: 'done' }).where(eq(optimizations.id, id));
    },
    async setSuggestions(id, suggestions) {
      await db.update(optimizations).set({ suggestions }).where(eq(optimizations.id, id));
    },
    async setJobDescription(id, text) {
      await db.update(optimizations).set({ jobDescription: text }).where(eq(optimizations.id, id));
    },
    async markFailed(id) {
      await db.update(optimizations).set({ status: 'failed' }).where(eq(optimizations.id, id));
    },
  };
}

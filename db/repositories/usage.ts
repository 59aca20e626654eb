import { and, eq, gte, sql } from 'drizzle-orm';
import type { UsageStore } from '../../core/ports/store.ts';
import type { Db } from '../database.ts';
import { usageRecords } from '../schema.ts';

export function createUsageRepository(db: Db): UsageStore {
  return {
    async record(row) {
      await db.insert(usageRecords).values({ ...row, costUsd: row.costUsd.toFixed(6) });
    },

    async summaryFor(userId, since) {
      const rows = await db
        .select({
          task: usageRecords.task,
          calls: sql<number>`count(*)::int`,
          inputTokens: sql<number>`coalesce(sum(${usageRecords.inputTokens}), 0)::int`,
          outputTokens: sql<number>`coalesce(sum(${usageRecords.outputTokens}), 0)::int`,
          costUsd: sql<string>`coalesce(sum(${usageRecords.costUsd}), 0)`,
        })
        .from(usageRecords)
        .where(and(eq(usageRecords.userId, userId), gte(usageRecords.createdAt, since), eq(usageRecords.outcome, 'ok')))
        .groupBy(usageRecords.task)
        .orderBy(usageRecords.task);
      const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((total, r) => total + pick(r), 0);
      return {
        calls: sum((r) => r.calls),
        inputTokens: sum((r) => r.inputTokens),
        outputTokens: sum((r) => r.outputTokens),
        costUsd: sum((r) => Number(r.costUsd)),
        byTask: rows.map((r) => ({ task: r.task, calls: r.calls, tokens: r.inputTokens + r.outputTokens })),
      };
    },
  };
}

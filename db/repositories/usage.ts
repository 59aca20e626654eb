import { and, eq, gte, sql } from 'drizzle-orm';
import type { UsageRow, UsageStore } from '../../core/ports/store.ts';
import type { Db } from '../database.ts';
import { usageRecords } from '../schema.ts';

/**
 * Usage rows are written behind the AI calls, in small batches: one multi-row insert per
 * `batchMs` instead of one per call, which kept ~1 ms of database work per call off the
 * embedded default's single thread. Reads and close() flush first, so nothing is missed or lost.
 */
export function createUsageRepository(db: Db, batchMs = 50): UsageStore & { flush(): Promise<void> } {
  let batch: { rows: UsageRow[]; written: Promise<void>; write: () => void } | undefined;
  let timer: NodeJS.Timeout | undefined;

  function flush(): Promise<void> {
    const current = batch;
    batch = undefined;
    clearTimeout(timer);
    current?.write();
    return current?.written ?? Promise.resolve();
  }

  return {
    flush,

    record(row) {
      if (!batch) {
        const rows: UsageRow[] = [];
        let write!: () => void;
        const written = new Promise<void>((resolve) => (write = resolve)).then(async () => {
          await db.insert(usageRecords).values(rows.map((r) => ({ ...r, costUsd: r.costUsd.toFixed(6) })));
        });
        batch = { rows, written, write };
        timer = setTimeout(flush, batchMs);
      }
      batch.rows.push(row);
      return batch.written;
    },

    async summaryFor(userId, since) {
      await flush().catch(() => {}); // a failed batch was reported to its callers already
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

import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { PlanDay } from '../../core/plan/build-plan.ts';
import type { PlanStore, PrepPlan } from '../../core/plan/plan-store.ts';
import type { Db } from '../database.ts';
import { prepPlans } from '../schema.ts';

type Row = typeof prepPlans.$inferSelect;

function planOf(row: Row): PrepPlan {
  return {
    id: row.id,
    userId: row.userId,
    conversationId: row.conversationId,
    company: row.company ?? undefined,
    role: row.role ?? undefined,
    interviewDate: row.interviewDate,
    days: row.days as PlanDay[],
    status: row.status,
  };
}

export function createPlanRepository(db: Db): PlanStore {
  const activeOf = (userId: string) => and(eq(prepPlans.userId, userId), eq(prepPlans.status, 'active'));
  return {
    async create(plan) {
      return db.transaction(async (tx) => {
        // Two plans made at once for one user (parallel tool calls) take turns here.
        await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${plan.userId}))`);
        await tx.update(prepPlans).set({ status: 'cancelled' }).where(activeOf(plan.userId));
        const [row] = await tx
          .insert(prepPlans)
          .values({ ...plan, company: plan.company ?? null, role: plan.role ?? null })
          .returning();
        return planOf(row!);
      });
    },
    async get(planId) {
      const [row] = await db.select().from(prepPlans).where(eq(prepPlans.id, planId));
      return row && planOf(row);
    },
    async active(userId, today) {
      const [row] = await db.select().from(prepPlans).where(and(activeOf(userId), gte(prepPlans.interviewDate, today))).orderBy(desc(prepPlans.createdAt)).limit(1);
      return row && planOf(row);
    },
    async cancel(userId) {
      const cancelled = await db.update(prepPlans).set({ status: 'cancelled' }).where(activeOf(userId)).returning({ id: prepPlans.id });
      return cancelled.length > 0;
    },
  };
}

// Subscriptions, applied webhook events and what a user (or a team's workspace) used this month.
import { and, desc, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import type { BillingStore, Entitlement, MonthUsage, Subscription } from '../../core/billing/subscription.ts';
import { grantingStatuses } from '../../core/billing/subscription.ts';
import type { Db } from '../database.ts';
import { billingEvents, interviewSessions, optimizations, platformIdentities, resumes, subscriptions, usageRecords, users } from '../schema.ts';

type Row = typeof subscriptions.$inferSelect;

export function subscriptionOf(row: Row): Subscription {
  return {
    id: row.id,
    userId: row.userId,
    workspaceId: row.workspaceId,
    provider: row.provider,
    customerId: row.providerCustomerId,
    subscriptionId: row.providerSubscriptionId,
    tier: row.tier,
    status: row.status,
    seats: row.seats,
    currentPeriodEnd: row.currentPeriodEnd,
    statusAt: row.statusAt,
    updatedAt: row.updatedAt,
  };
}

const granting = inArray(subscriptions.status, [...grantingStatuses]);
/** The user's own plan first (they pay for it), then a team's; the higher tier among equals. */
const rankOf = (s: Subscription, userId: string) => (s.userId === userId ? 10 : 0) + { team: 2, pro: 1, free: 0 }[s.tier];

export function createBillingRepository(db: Db): BillingStore {
  /** Users whose usage a workspace's team plan pools: anyone with an identity there. */
  const workspaceMembers = (workspaceId: string) => {
    const [platform, ...rest] = workspaceId.split(':');
    return db
      .select({ userId: platformIdentities.userId })
      .from(platformIdentities)
      .where(and(eq(platformIdentities.platform, platform!), eq(platformIdentities.workspaceId, rest.join(':'))));
  };

  return {
    async entitlement(userId): Promise<Entitlement> {
      const own = (await db.select().from(subscriptions).where(and(eq(subscriptions.userId, userId), granting))).map(subscriptionOf);
      const workspaces = (await db.select({ platform: platformIdentities.platform, workspaceId: platformIdentities.workspaceId }).from(platformIdentities).where(eq(platformIdentities.userId, userId)))
        .filter((w) => w.workspaceId !== '')
        .map((w) => `${w.platform}:${w.workspaceId}`);
      const team = workspaces.length
        ? (await db.select().from(subscriptions).where(and(inArray(subscriptions.workspaceId, workspaces), eq(subscriptions.tier, 'team'), granting))).map(subscriptionOf)
        : [];
      const best = [...own, ...team].sort((a, b) => rankOf(b, userId) - rankOf(a, userId) || b.updatedAt.getTime() - a.updatedAt.getTime())[0];
      if (!best) return { tier: 'free', seats: 1 };
      return { tier: best.tier, seats: best.seats, workspaceId: best.tier === 'team' ? (best.workspaceId ?? undefined) : undefined, subscription: best };
    },

    async usageSince(scope, since, kinds): Promise<MonthUsage> {
      const who = 'userId' in scope ? [scope.userId] : (await workspaceMembers(scope.workspaceId)).map((m) => m.userId);
      if (who.length === 0) return { resumeParses: 0, optimizations: 0, interviews: 0, aiTokens: 0 };
      const counted = (table: typeof resumes | typeof optimizations | typeof interviewSessions, extra = sql`true`) =>
        db.select({ n: sql<number>`count(*)::int` }).from(table).where(and(inArray(table.userId, who), gte(table.createdAt, since), extra));
      const wanted = (kind: keyof MonthUsage, count: () => Promise<Array<{ n: number }>>) => (!kinds || kinds.includes(kind) ? count() : Promise.resolve([{ n: 0 }]));
      const [[parses], [matches], [interviews], [tokens]] = await Promise.all([
        // Versions made by accepting rewrites are not uploads.
        wanted('resumeParses', () => counted(resumes, sql`${resumes.parseSource} IS DISTINCT FROM 'edited'`)),
        wanted('optimizations', () => counted(optimizations)),
        wanted('interviews', () => counted(interviewSessions)),
        wanted('aiTokens', () => db
          .select({ n: sql<number>`coalesce(sum(${usageRecords.inputTokens} + ${usageRecords.outputTokens}), 0)::int` })
          .from(usageRecords)
          .where(and(inArray(usageRecords.userId, who), gte(usageRecords.createdAt, since), eq(usageRecords.outcome, 'ok')))),
      ]);
      return { resumeParses: parses!.n, optimizations: matches!.n, interviews: interviews!.n, aiTokens: tokens!.n };
    },

    async applyEvent(event) {
      return db.transaction(async (tx) => {
        const recorded = await tx
          .insert(billingEvents)
          .values({ provider: event.provider, eventId: event.eventId, type: event.type })
          .onConflictDoNothing()
          .returning({ id: billingEvents.id });
        if (recorded.length === 0) return 'duplicate' as const;
        const find = async (where: ReturnType<typeof and>) => {
          const [row] = await tx.select().from(subscriptions).where(where).orderBy(desc(subscriptions.updatedAt)).limit(1);
          return row && subscriptionOf(row);
        };
        if (event.change) {
          const c = event.change;
          const before = await find(and(eq(subscriptions.provider, c.provider), eq(subscriptions.providerSubscriptionId, c.subscriptionId)));
          // A buyer deleted meanwhile is not brought back by a late event. One whose account was
          // merged by /link is named by an old id: the stored row already follows the merged user.
          const existing = async (id: string | null | undefined) => (id && (await tx.select({ id: users.id }).from(users).where(eq(users.id, id))).length ? id : null);
          const userId = (await existing(c.userId)) ?? (await existing(before?.userId));
          const identity = { userId, workspaceId: c.workspaceId ?? before?.workspaceId ?? null, providerCustomerId: c.customerId ?? before?.customerId ?? null, updatedAt: new Date() };
          let row: Row | undefined;
          if (before && (c.fromCheckout || (before.statusAt && before.statusAt > event.occurredAt))) {
            // The subscription's own (or newer) events decide its state: only fill in who it is.
            [row] = await tx.update(subscriptions).set(identity).where(eq(subscriptions.id, before.id)).returning();
          } else {
            const values = { ...identity, provider: c.provider, providerSubscriptionId: c.subscriptionId, tier: c.tier, status: c.status, seats: c.seats, currentPeriodEnd: c.currentPeriodEnd ?? before?.currentPeriodEnd ?? null, statusAt: event.occurredAt };
            [row] = await tx.insert(subscriptions).values(values).onConflictDoUpdate({ target: [subscriptions.provider, subscriptions.providerSubscriptionId], set: values }).returning();
          }
          const after = subscriptionOf(row!);
          return { before, after, userId: after.userId ?? undefined };
        }
        const failed = event.paymentFailed;
        if (failed) {
          const owner =
            failed.userId ??
            (failed.subscriptionId ? (await find(and(eq(subscriptions.provider, event.provider), eq(subscriptions.providerSubscriptionId, failed.subscriptionId))))?.userId : undefined) ??
            (failed.customerId ? (await find(and(eq(subscriptions.provider, event.provider), eq(subscriptions.providerCustomerId, failed.customerId))))?.userId : undefined);
          return { userId: owner ?? undefined };
        }
        return {};
      });
    },

    async customerOf(userId) {
      const [row] = await db
        .select()
        .from(subscriptions)
        .where(and(eq(subscriptions.userId, userId), isNotNull(subscriptions.providerCustomerId), inArray(subscriptions.provider, ['stripe', 'paddle'])))
        .orderBy(desc(subscriptions.updatedAt))
        .limit(1);
      if (!row || row.provider === 'manual') return undefined;
      return { provider: row.provider, customerId: row.providerCustomerId!, subscriptionId: row.providerSubscriptionId };
    },

    async grant(userId, tier) {
      await db.transaction(async (tx) => {
        await tx.update(subscriptions).set({ status: 'replaced', updatedAt: new Date() }).where(and(eq(subscriptions.userId, userId), eq(subscriptions.provider, 'manual'), granting));
        await tx.insert(subscriptions).values({ userId, provider: 'manual', tier, status: 'active', seats: 1 });
      });
    },

    async revokeGrants(userId) {
      const revoked = await db
        .update(subscriptions)
        .set({ status: 'revoked', updatedAt: new Date() })
        .where(and(eq(subscriptions.userId, userId), eq(subscriptions.provider, 'manual'), granting))
        .returning({ id: subscriptions.id });
      return revoked.length;
    },

    async granting(userId) {
      return (await db.select().from(subscriptions).where(and(eq(subscriptions.userId, userId), granting))).map(subscriptionOf);
    },

    async markCancelled(subscriptionId, at) {
      await db.update(subscriptions).set({ status: 'canceled', statusAt: at, updatedAt: new Date() }).where(eq(subscriptions.providerSubscriptionId, subscriptionId));
    },
  };
}

// The web admin's reads and writes: accounts, sessions, the audit log, and the figures and
// lists of its pages.
import { and, desc, eq, gt, gte, ilike, inArray, or, sql } from 'drizzle-orm';
import type { AdminStore, UserRow } from '../../core/admin/admin-store.ts';
import { grantingStatuses } from '../../core/billing/subscription.ts';
import { isUuid } from '../../core/ids.ts';
import type { Db } from '../database.ts';
import { adminSessions, admins, auditLog, platformIdentities, subscriptions, usageRecords, users } from '../schema.ts';
import { subscriptionOf } from './billing.ts';
import { isUniqueViolation } from './resumes.ts';

export function createAdminRepository(db: Db): AdminStore {
  async function withIdentities(rows: Array<{ id: string; displayName: string; createdAt: Date }>): Promise<UserRow[]> {
    if (rows.length === 0) return [];
    const identities = await db
      .select({ userId: platformIdentities.userId, platform: platformIdentities.platform, workspaceId: platformIdentities.workspaceId, platformUserId: platformIdentities.platformUserId })
      .from(platformIdentities)
      .where(inArray(platformIdentities.userId, rows.map((r) => r.id)));
    return rows.map((r) => ({
      ...r,
      identities: identities.filter((i) => i.userId === r.id).map((i) => `${i.platform}:${i.workspaceId ? `${i.workspaceId}/` : ''}${i.platformUserId}`),
    }));
  }

  return {
    async createAdmin(email, passwordHash) {
      try {
        await db.insert(admins).values({ email: email.toLowerCase(), passwordHash });
        return 'created';
      } catch (error) {
        if (isUniqueViolation(error)) return 'exists';
        throw error;
      }
    },
    async adminByEmail(email) {
      const [row] = await db.select().from(admins).where(eq(admins.email, email.toLowerCase()));
      return row;
    },
    async startSession(adminId, tokenHash, csrfToken, expiresAt) {
      await db.insert(adminSessions).values({ adminId, tokenHash, csrfToken, expiresAt });
    },
    async session(tokenHash, now) {
      const [row] = await db
        .select({ adminId: adminSessions.adminId, email: admins.email, csrfToken: adminSessions.csrfToken, expiresAt: adminSessions.expiresAt })
        .from(adminSessions)
        .innerJoin(admins, eq(admins.id, adminSessions.adminId))
        .where(and(eq(adminSessions.tokenHash, tokenHash), gt(adminSessions.expiresAt, now)));
      return row;
    },
    async endSession(tokenHash) {
      await db.delete(adminSessions).where(eq(adminSessions.tokenHash, tokenHash));
    },
    async audit(entry) {
      await db.insert(auditLog).values(entry);
    },
    async auditLog(limit) {
      return db.select({ adminEmail: auditLog.adminEmail, action: auditLog.action, target: auditLog.target, detail: auditLog.detail, createdAt: auditLog.createdAt }).from(auditLog).orderBy(desc(auditLog.createdAt)).limit(limit);
    },
    async dashboard(monthStart) {
      const [[counts], active, cost] = await Promise.all([
        db.select({ users: sql<number>`count(*)::int`, newUsers: sql<number>`count(*) filter (where ${users.createdAt} >= ${monthStart})::int` }).from(users),
        db
          .select({ tier: subscriptions.tier, provider: subscriptions.provider, count: sql<number>`count(*)::int`, seats: sql<number>`coalesce(sum(${subscriptions.seats}), 0)::int` })
          .from(subscriptions)
          .where(inArray(subscriptions.status, [...grantingStatuses]))
          .groupBy(subscriptions.tier, subscriptions.provider),
        db
          .select({
            provider: usageRecords.provider,
            model: usageRecords.model,
            calls: sql<number>`count(*)::int`,
            tokens: sql<number>`coalesce(sum(${usageRecords.inputTokens} + ${usageRecords.outputTokens}), 0)::int`,
            costUsd: sql<number>`coalesce(sum(${usageRecords.costUsd}), 0)::float`,
          })
          .from(usageRecords)
          .where(and(gte(usageRecords.createdAt, monthStart), eq(usageRecords.outcome, 'ok')))
          .groupBy(usageRecords.provider, usageRecords.model)
          .orderBy(desc(sql`3`)),
      ]);
      return { users: counts!.users, newUsersThisMonth: counts!.newUsers, activeSubscriptions: active, aiCostThisMonth: cost };
    },
    async usage(since, limit) {
      const tokens = sql<number>`coalesce(sum(${usageRecords.inputTokens} + ${usageRecords.outputTokens}), 0)::int`;
      const cost = sql<number>`coalesce(sum(${usageRecords.costUsd}), 0)::float`;
      const calls = sql<number>`count(*)::int`;
      const inPeriod = and(gte(usageRecords.createdAt, since), eq(usageRecords.outcome, 'ok'));
      const [byTask, topUsers] = await Promise.all([
        db.select({ task: usageRecords.task, calls, tokens, costUsd: cost }).from(usageRecords).where(inPeriod).groupBy(usageRecords.task).orderBy(desc(tokens)),
        db
          .select({ userId: users.id, displayName: users.displayName, calls, tokens, costUsd: cost })
          .from(usageRecords)
          .innerJoin(users, eq(users.id, usageRecords.userId))
          .where(inPeriod)
          .groupBy(users.id, users.displayName)
          .orderBy(desc(tokens))
          .limit(limit),
      ]);
      return { byTask, topUsers };
    },
    async searchUsers(query, limit) {
      const q = query.trim();
      const like = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      const matching = q
        ? or(
            ilike(users.displayName, like),
            ...(isUuid(q) ? [eq(users.id, q)] : []),
            inArray(users.id, db.select({ id: platformIdentities.userId }).from(platformIdentities).where(ilike(platformIdentities.platformUserId, like))),
          )
        : undefined;
      const rows = await db.select({ id: users.id, displayName: users.displayName, createdAt: users.createdAt }).from(users).where(matching).orderBy(desc(users.createdAt)).limit(limit);
      return withIdentities(rows);
    },
    async user(userId) {
      const rows = await db.select({ id: users.id, displayName: users.displayName, createdAt: users.createdAt }).from(users).where(eq(users.id, userId));
      return (await withIdentities(rows))[0];
    },
    async subscriptions(limit) {
      const rows = await db
        .select({ row: subscriptions, userName: users.displayName })
        .from(subscriptions)
        .leftJoin(users, eq(users.id, subscriptions.userId))
        .orderBy(desc(subscriptions.updatedAt))
        .limit(limit);
      return rows.map(({ row, userName }) => ({ ...subscriptionOf(row), userName }));
    },
    async deleteUser(userId) {
      const deleted = await db.delete(users).where(eq(users.id, userId)).returning({ id: users.id });
      return deleted.length > 0;
    },
  };
}

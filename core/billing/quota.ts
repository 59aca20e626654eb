// Monthly quotas, checked in core before the expensive work starts (a parse, a match, an
// interview, an AI answer). A month is the calendar month in UTC; it resets on the 1st.
import type { BillingStore, Entitlement, MonthUsage } from './subscription.ts';
import type { QuotaKind, Tier, TierPlan } from './tiers.ts';

export interface QuotaDeps {
  billing: BillingStore;
  tiers: Record<Tier, TierPlan>;
  now: () => Date;
}

export interface QuotaStatus {
  entitlement: Entitlement;
  limits: MonthUsage;
  used: MonthUsage;
  resetsAt: Date;
}

export type QuotaCheck = { ok: true } | { ok: false; kind: QuotaKind; status: QuotaStatus };

export function monthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

export function nextMonthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
}

/** The user's plan, its limits this month (team: per seat × seats) and what has been used (of `kinds`, when given). */
export async function quotaStatus(deps: QuotaDeps, userId: string, kinds?: QuotaKind[]): Promise<QuotaStatus> {
  const now = deps.now();
  const entitlement = await deps.billing.entitlement(userId);
  const perSeat = deps.tiers[entitlement.tier].quotas;
  const seats = entitlement.tier === 'team' ? entitlement.seats : 1;
  const limits = Object.fromEntries(Object.entries(perSeat).map(([k, v]) => [k, v * seats])) as unknown as MonthUsage;
  const scope = entitlement.tier === 'team' && entitlement.workspaceId ? { workspaceId: entitlement.workspaceId } : { userId };
  const used = await deps.billing.usageSince(scope, monthStart(now), kinds);
  return { entitlement, limits, used, resetsAt: nextMonthStart(now) };
}

/** Whether one more of `kind` fits this month. */
export async function checkQuota(deps: QuotaDeps, userId: string, kind: QuotaKind): Promise<QuotaCheck> {
  const status = await quotaStatus(deps, userId, [kind]);
  return status.used[kind] < status.limits[kind] ? { ok: true } : { ok: false, kind, status };
}

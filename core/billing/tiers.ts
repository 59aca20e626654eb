// The plans and what each allows a month. Quotas are checked in core before expensive work; the
// team plan's quotas are per seat and pooled across its workspace (a Slack team, a Discord guild).
// TIER_QUOTAS (JSON) overrides any of these numbers, e.g. {"free":{"interviews":1}}.
import { z } from 'zod';

export const tierNames = ['free', 'pro', 'team'] as const;
export type Tier = (typeof tierNames)[number];

export const quotaKinds = ['resumeParses', 'optimizations', 'interviews', 'aiTokens'] as const;
export type QuotaKind = (typeof quotaKinds)[number];
export type Quotas = Record<QuotaKind, number>;

export interface TierPlan {
  label: string;
  /** Monthly price in US dollars, per seat for team (for MRR; the providers hold the real prices). */
  monthlyUsd: number;
  quotas: Quotas;
}

export const defaultTiers: Record<Tier, TierPlan> = {
  free: { label: 'Free', monthlyUsd: 0, quotas: { resumeParses: 5, optimizations: 3, interviews: 2, aiTokens: 50_000 } },
  pro: { label: 'Pro', monthlyUsd: 12, quotas: { resumeParses: 50, optimizations: 60, interviews: 40, aiTokens: 2_000_000 } },
  team: { label: 'Team', monthlyUsd: 10, quotas: { resumeParses: 50, optimizations: 60, interviews: 40, aiTokens: 2_000_000 } },
};

/** What a quota counts, in words for chat ("2 interviews"). */
export const quotaNames: Record<QuotaKind, [string, string]> = {
  resumeParses: ['resume upload', 'resume uploads'],
  optimizations: ['job match', 'job matches'],
  interviews: ['mock interview', 'mock interviews'],
  aiTokens: ['AI token', 'AI tokens'],
};

const quotaOverrides = z.object(Object.fromEntries(quotaKinds.map((k) => [k, z.number().int().min(0).optional()]))).strict();
const overridesSchema = z.object(Object.fromEntries(tierNames.map((t) => [t, quotaOverrides.optional()]))).strict();

/** The default plans with TIER_QUOTAS applied; throws a readable message for bad JSON. */
export function tiersWith(overridesJson: string | undefined): Record<Tier, TierPlan> {
  if (!overridesJson) return defaultTiers;
  const parsed = overridesSchema.safeParse(JSON.parse(overridesJson));
  if (!parsed.success) throw new Error(`TIER_QUOTAS: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const tiers = structuredClone(defaultTiers);
  for (const [tier, quotas] of Object.entries(parsed.data) as Array<[Tier, Partial<Quotas>]>) Object.assign(tiers[tier].quotas, quotas);
  return tiers;
}

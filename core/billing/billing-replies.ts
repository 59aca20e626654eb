// What the bot says about plans: a quota that ran out, /usage, /upgrade and /billing, and the
// news a webhook brings (a plan started, changed or ended, a payment failed).
import { commandButton, type OutgoingMessage } from '../model/message.ts';
import type { QuotaCheck, QuotaStatus } from './quota.ts';
import { grantingStatuses, type Subscription } from './subscription.ts';
import { quotaKinds, quotaNames, type QuotaKind, type Tier, type TierPlan } from './tiers.ts';

const upgradeButton = commandButton('Upgrade', '/upgrade', 'primary');
const dayLabel = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const count = (n: number, kind: QuotaKind) => `${n.toLocaleString('en-US')} ${quotaNames[kind][n === 1 ? 0 : 1]}`;

/** One friendly message: what ran out, when it resets, and the way to more. */
export function quotaExhausted(check: Extract<QuotaCheck, { ok: false }>, tiers: Record<Tier, TierPlan>): OutgoingMessage {
  const { kind, status } = check;
  const plan = tiers[status.entitlement.tier];
  const next = status.entitlement.tier === 'free' ? ` Pro gives you ${count(tiers.pro.quotas[kind], kind)} a month.` : '';
  return {
    text: `You've used all ${count(status.limits[kind], kind)} on the ${plan.label} plan this month. They reset on ${dayLabel(status.resetsAt)}.${next}`,
    buttons: status.entitlement.tier === 'free' ? [upgradeButton] : [commandButton('Manage my plan', '/billing')],
  };
}

/** /usage: the plan and what is left of each quota. */
export function quotaSummary(status: QuotaStatus, tiers: Record<Tier, TierPlan>): string {
  const plan = tiers[status.entitlement.tier];
  const seats = status.entitlement.tier === 'team' ? ` (${status.entitlement.seats} seats, shared by your workspace)` : '';
  const left = quotaKinds.map((k) => `• ${quotaNames[k][1]}: ${Math.max(0, status.limits[k] - status.used[k]).toLocaleString('en-US')} of ${status.limits[k].toLocaleString('en-US')} left`);
  return [`**${plan.label} plan**${seats}; resets on ${dayLabel(status.resetsAt)}.`, ...left].join('\n');
}

export const billingNotSetUp: OutgoingMessage = {
  text: "Upgrades aren't set up on this IntervAI yet: an admin adds a Stripe or Paddle key (README, \"Billing and admin\"). /usage shows what's left this month.",
};

export function checkoutLink(url: string, tier: TierPlan, provider: string, seats: number): OutgoingMessage {
  const what = seats > 1 ? `${tier.label} for ${seats} seats` : tier.label;
  return { text: `Upgrade to **${what}** (${provider === 'stripe' ? 'Stripe' : 'Paddle'} checkout, secure):\n${url}\n\nI'll tell you here as soon as it's active.` };
}

export function portalLink(url: string): OutgoingMessage {
  return { text: `Manage your plan, card and invoices here:\n${url}` };
}

export const noSubscription: OutgoingMessage = { text: "You don't have a paid plan to manage. /upgrade shows the options.", buttons: [upgradeButton] };

export const teamNeedsWorkspace: OutgoingMessage = {
  text: 'The Team plan belongs to a Slack workspace or Discord server: run /upgrade team there. Here, /upgrade gives you Pro.',
};

/** Told in chat after a webhook changed the user's plan. */
export function planNews(before: Subscription | undefined, after: Subscription | undefined, tiers: Record<Tier, TierPlan>): OutgoingMessage | undefined {
  const granting = (s?: Subscription) => !!s && (grantingStatuses as readonly string[]).includes(s.status);
  if (after && granting(after) && !granting(before)) {
    return { text: `🎉 Your **${tiers[after.tier].label}** plan is active${after.seats > 1 ? ` with ${after.seats} seats` : ''}. /usage shows your new limits. Thank you!` };
  }
  if (after && granting(after) && granting(before) && (before!.tier !== after.tier || before!.seats !== after.seats)) {
    return { text: `Your plan changed to **${tiers[after.tier].label}**${after.seats > 1 ? ` with ${after.seats} seats` : ''}. /usage shows your limits.` };
  }
  if (granting(before) && !granting(after)) {
    return { text: `Your **${tiers[before!.tier].label}** plan has ended; you're on the Free plan now. /upgrade brings it back any time.`, buttons: [upgradeButton] };
  }
  return undefined;
}

export const paymentFailed: OutgoingMessage = {
  text: "⚠️ Your last payment didn't go through. Your plan stays on while the payment is retried; update your card with /billing to keep it.",
  buttons: [commandButton('Update my card', '/billing', 'primary')],
};

// Subscriptions as core sees them, the provider port (Stripe or Paddle behind it), and the
// storage port. A provider's webhook becomes a BillingEvent; core applies it once.
import type { Tier } from './tiers.ts';

/** Statuses that still grant the plan (a failed renewal keeps it while the provider retries). */
export const grantingStatuses = ['active', 'trialing', 'past_due'] as const;

export interface Subscription {
  id: string;
  userId: string | null;
  /** Team plans: `${platform}:${workspaceId}` of the Slack team or Discord guild with the seats. */
  workspaceId: string | null;
  provider: 'stripe' | 'paddle' | 'manual';
  customerId: string | null;
  subscriptionId: string | null;
  tier: Tier;
  status: string;
  seats: number;
  currentPeriodEnd: Date | null;
  /** When the provider's event that set the status happened. */
  statusAt: Date | null;
  updatedAt: Date;
}

/** What we attach to a checkout (Stripe metadata, Paddle custom data) and read back from webhooks. */
export interface PlanMetadata {
  userId?: string;
  tier?: string;
  seats?: string;
  workspaceId?: string;
}

/**
 * The plan a provider price stands for. The price decides (a plan switched in the provider's
 * portal keeps our old metadata); metadata only fills in where an event carries no price.
 */
export function paidTierOf(prices: Partial<Record<'pro' | 'team', string>>, priceId: string | undefined, metadata?: PlanMetadata): 'pro' | 'team' | undefined {
  if (priceId) return (Object.entries(prices) as Array<['pro' | 'team', string]>).find(([, p]) => p === priceId)?.[0];
  return metadata?.tier === 'team' || metadata?.tier === 'pro' ? metadata.tier : undefined;
}

/** A subscription's state as a provider reports it. */
export interface SubscriptionChange {
  provider: 'stripe' | 'paddle';
  subscriptionId: string;
  customerId: string | null;
  /** From the checkout's client reference or custom data; absent on some later events. */
  userId?: string;
  workspaceId?: string;
  tier: Exclude<Tier, 'free'>;
  seats: number;
  status: string;
  currentPeriodEnd?: Date;
  /**
   * A finished checkout only says who bought what: it creates the subscription when none is
   * known yet, and otherwise fills in the buyer without touching the status the
   * subscription's own events set.
   */
  fromCheckout?: boolean;
}

/** A verified webhook, in core's words. */
export interface BillingEvent {
  provider: 'stripe' | 'paddle';
  eventId: string;
  type: string;
  /** When the provider says it happened; an event older than the stored status is not applied. */
  occurredAt: Date;
  change?: SubscriptionChange;
  /** A renewal payment failed: the user is asked to update their card. */
  paymentFailed?: { subscriptionId?: string; customerId?: string; userId?: string };
}

export interface CheckoutRequest {
  userId: string;
  tier: Exclude<Tier, 'free'>;
  seats: number;
  /** Team plans only. */
  workspaceId?: string;
}

export interface BillingProvider {
  readonly name: 'stripe' | 'paddle';
  /** A hosted checkout page for this user and plan. */
  checkoutUrl(request: CheckoutRequest): Promise<string>;
  /** A self-service page to change the card, the plan or cancel. */
  portalUrl(customerId: string, subscriptionId?: string): Promise<string>;
  /** Cancels at once (an admin's revoke, a user's data deleted); the provider's webhook follows. */
  cancel(subscriptionId: string): Promise<void>;
  /** Verifies the signature and reads the event; throws InvalidWebhookError when it is not genuine. */
  parseWebhook(rawBody: Buffer, headers: Record<string, string | string[] | undefined>): Promise<BillingEvent>;
}

/** The providers whose keys are set; chat commands use `checkout` (Stripe, else Paddle). */
export interface BillingProviders {
  stripe?: BillingProvider;
  paddle?: BillingProvider;
  checkout?: BillingProvider;
}

export class InvalidWebhookError extends Error {
  override name = 'InvalidWebhookError';
}

/** The plan a user has right now, and whose quotas they count against. */
export interface Entitlement {
  tier: Tier;
  /** Team plans: quotas are per seat and pooled across the workspace. */
  seats: number;
  workspaceId?: string;
  subscription?: Subscription;
}

export interface MonthUsage {
  resumeParses: number;
  optimizations: number;
  interviews: number;
  aiTokens: number;
}

export interface BillingStore {
  entitlement(userId: string): Promise<Entitlement>;
  /** What the user (or, for a team, the whole workspace) used since a time; only `kinds` are
   *  counted when given (a check before one action needs one count, not four). */
  usageSince(scope: { userId: string } | { workspaceId: string }, since: Date, kinds?: Array<keyof MonthUsage>): Promise<MonthUsage>;
  /**
   * Records the event and applies its change in one transaction; 'duplicate' when the event
   * was applied before (nothing changes). Returns the subscription before and after.
   */
  applyEvent(event: BillingEvent): Promise<'duplicate' | { before?: Subscription; after?: Subscription; userId?: string }>;
  /** The provider customer id of the user's newest subscription there, for the portal. */
  customerOf(userId: string): Promise<{ provider: 'stripe' | 'paddle'; customerId: string; subscriptionId: string | null } | undefined>;
  /** An admin's grant: a manual subscription to a tier (replacing an earlier manual one). */
  grant(userId: string, tier: Exclude<Tier, 'free'>): Promise<void>;
  /** An admin's revoke of manual grants; paid ones are cancelled at their provider. Returns how many. */
  revokeGrants(userId: string): Promise<number>;
  /** The user's subscriptions that still grant a plan (to cancel at the provider). */
  granting(userId: string): Promise<Subscription[]>;
  /** Marks a paid subscription cancelled here, at once (its provider's webhook confirms it later). */
  markCancelled(subscriptionId: string, at: Date): Promise<void>;
}

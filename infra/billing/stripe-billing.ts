// Stripe behind the BillingProvider port: Checkout for /upgrade, the customer portal for
// /billing, and webhooks verified with STRIPE_WEBHOOK_SECRET. STRIPE_API_URL points the SDK at
// another host (the loopback fake in tests).
import Stripe from 'stripe';
import type { Config } from '../../core/config.ts';
import { AppError } from '../../core/errors.ts';
import { InvalidWebhookError, paidTierOf, type BillingEvent, type BillingProvider, type PlanMetadata, type SubscriptionChange } from '../../core/billing/subscription.ts';
import { providerCall } from './provider-errors.ts';

type StripeConfig = NonNullable<Config['billing']['stripe']>;

function hostOptions(apiUrl: string | undefined): Stripe.StripeConfig {
  if (!apiUrl) return {};
  const url = new URL(apiUrl);
  return { host: url.hostname, port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)), protocol: url.protocol === 'https:' ? 'https' : 'http' };
}

export function createStripeBilling(config: StripeConfig, publicUrl: string): BillingProvider {
  // No telemetry: nothing but the API calls themselves leaves the process. A chat command
  // waits for these calls, so they give up after 10 s rather than Stripe's 80.
  const stripe = new Stripe(config.secretKey, { telemetry: false, maxNetworkRetries: 1, timeout: 10_000, ...hostOptions(config.apiUrl) });

  /** Undefined for a subscription to a price that is not one of our plans. */
  function subscriptionChange(sub: Stripe.Subscription, status = sub.status as string): SubscriptionChange | undefined {
    const item = sub.items?.data?.[0] as (Stripe.SubscriptionItem & { current_period_end?: number }) | undefined;
    const metadata = sub.metadata as PlanMetadata;
    const periodEnd = item?.current_period_end ?? (sub as unknown as { current_period_end?: number }).current_period_end;
    const tier = paidTierOf(config.prices, item?.price?.id, metadata);
    if (!tier) return undefined;
    return {
      provider: 'stripe',
      subscriptionId: sub.id,
      customerId: typeof sub.customer === 'string' ? sub.customer : (sub.customer?.id ?? null),
      userId: metadata?.userId,
      workspaceId: metadata?.workspaceId || undefined,
      tier,
      seats: item?.quantity ?? Number(metadata?.seats ?? 1),
      status,
      currentPeriodEnd: periodEnd ? new Date(periodEnd * 1000) : undefined,
    };
  }

  return {
    name: 'stripe',

    async checkoutUrl({ userId, tier, seats, workspaceId }) {
      const price = config.prices[tier];
      if (!price) throw new AppError('billing_price_missing', `The ${tier} plan has no Stripe price yet: an admin sets STRIPE_PRICE_${tier.toUpperCase()}.`);
      const metadata = { userId, tier, seats: String(seats), ...(workspaceId ? { workspaceId } : {}) };
      const session = await providerCall('Stripe', '/upgrade', () => stripe.checkout.sessions.create({
        mode: 'subscription',
        line_items: [{ price, quantity: seats }],
        client_reference_id: userId,
        metadata,
        subscription_data: { metadata },
        success_url: `${publicUrl}/billing/thanks`,
        cancel_url: `${publicUrl}/billing/cancelled`,
      }));
      if (!session.url) throw new AppError('billing_unavailable', 'Stripe did not return a checkout page. Please try /upgrade again in a minute.');
      return session.url;
    },

    async portalUrl(customerId) {
      return (await providerCall('Stripe', '/billing', () => stripe.billingPortal.sessions.create({ customer: customerId, return_url: `${publicUrl}/billing/thanks` }))).url;
    },

    async cancel(subscriptionId) {
      await stripe.subscriptions.cancel(subscriptionId);
    },

    async parseWebhook(rawBody, headers): Promise<BillingEvent> {
      if (!config.webhookSecret) throw new InvalidWebhookError('STRIPE_WEBHOOK_SECRET is not set, so no Stripe event can be verified');
      const signature = headers['stripe-signature'];
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(rawBody, String(signature ?? ''), config.webhookSecret);
      } catch (error) {
        throw new InvalidWebhookError((error as Error).message);
      }
      const base = { provider: 'stripe' as const, eventId: event.id, type: event.type, occurredAt: new Date(event.created * 1000) };
      switch (event.type) {
        case 'checkout.session.completed': {
          const session = event.data.object;
          if (session.mode !== 'subscription' || !session.subscription) return base;
          const metadata = session.metadata as PlanMetadata;
          const tier = paidTierOf(config.prices, undefined, metadata);
          if (!tier) return base;
          return {
            ...base,
            change: {
              provider: 'stripe',
              subscriptionId: typeof session.subscription === 'string' ? session.subscription : session.subscription.id,
              customerId: typeof session.customer === 'string' ? session.customer : (session.customer?.id ?? null),
              userId: session.client_reference_id ?? metadata?.userId,
              workspaceId: metadata?.workspaceId || undefined,
              tier,
              seats: Number(metadata?.seats ?? 1),
              status: 'active',
              fromCheckout: true,
            },
          };
        }
        case 'customer.subscription.created':
        case 'customer.subscription.updated':
          return { ...base, change: subscriptionChange(event.data.object) };
        case 'customer.subscription.deleted':
          return { ...base, change: subscriptionChange(event.data.object, 'canceled') };
        case 'invoice.payment_failed': {
          const invoice = event.data.object as Stripe.Invoice & { subscription?: string; parent?: { subscription_details?: { subscription?: string; metadata?: PlanMetadata } } };
          const details = invoice.parent?.subscription_details;
          return {
            ...base,
            paymentFailed: {
              subscriptionId: details?.subscription ?? invoice.subscription,
              customerId: typeof invoice.customer === 'string' ? invoice.customer : invoice.customer?.id,
              userId: details?.metadata?.userId,
            },
          };
        }
        default:
          return base;
      }
    },
  };
}

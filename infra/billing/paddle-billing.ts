// Paddle Billing behind the BillingProvider port: a transaction's hosted checkout for /upgrade,
// a customer portal session for /billing, and webhooks verified with PADDLE_WEBHOOK_SECRET
// (the Paddle-Signature header). PADDLE_API_URL points the SDK at another host (the SDK takes
// any base URL as its "environment").
import { Environment, EventName, LogLevel, Paddle, type EventEntity } from '@paddle/paddle-node-sdk';
import type { Config } from '../../core/config.ts';
import { AppError } from '../../core/errors.ts';
import { InvalidWebhookError, paidTierOf, type BillingEvent, type BillingProvider, type PlanMetadata, type SubscriptionChange } from '../../core/billing/subscription.ts';
import { providerCall } from './provider-errors.ts';

type PaddleConfig = NonNullable<Config['billing']['paddle']>;

const subscriptionEvents = new Set<string>([EventName.SubscriptionCreated, EventName.SubscriptionActivated, EventName.SubscriptionUpdated, EventName.SubscriptionCanceled]);

export function createPaddleBilling(config: PaddleConfig): BillingProvider {
  const paddle = new Paddle(config.apiKey, { environment: (config.apiUrl?.replace(/\/+$/, '') ?? Environment.production) as Environment, logLevel: LogLevel.none });

  /** Undefined for a subscription to a price that is not one of our plans. */
  function subscriptionChange(data: { id: string; status: string; customerId: string; customData: unknown; items: Array<{ price?: { id: string } | null; quantity: number }>; currentBillingPeriod?: { endsAt: string } | null }): SubscriptionChange | undefined {
    const plan = (data.customData ?? {}) as PlanMetadata;
    const item = data.items[0];
    const tier = paidTierOf(config.prices, item?.price?.id, plan);
    if (!tier) return undefined;
    return {
      provider: 'paddle',
      subscriptionId: data.id,
      customerId: data.customerId,
      userId: plan.userId,
      workspaceId: plan.workspaceId || undefined,
      tier,
      seats: item?.quantity ?? Number(plan.seats ?? 1),
      status: data.status,
      currentPeriodEnd: data.currentBillingPeriod?.endsAt ? new Date(data.currentBillingPeriod.endsAt) : undefined,
    };
  }

  return {
    name: 'paddle',

    async checkoutUrl({ userId, tier, seats, workspaceId }) {
      const priceId = config.prices[tier];
      if (!priceId) throw new AppError('billing_price_missing', `The ${tier} plan has no Paddle price yet: an admin sets PADDLE_PRICE_${tier.toUpperCase()}.`);
      const transaction = await providerCall('Paddle', '/upgrade', () =>
        paddle.transactions.create({ items: [{ priceId, quantity: seats }], customData: { userId, tier, seats: String(seats), ...(workspaceId ? { workspaceId } : {}) } }),
      );
      if (!transaction.checkout?.url) throw new AppError('billing_unavailable', 'Paddle did not return a checkout page (is a default payment link set in Paddle?). Please try /upgrade again later.');
      return transaction.checkout.url;
    },

    async portalUrl(customerId, subscriptionId) {
      const session = await providerCall('Paddle', '/billing', () => paddle.customerPortalSessions.create(customerId, subscriptionId ? [subscriptionId] : []));
      return session.urls.general.overview;
    },

    async cancel(subscriptionId) {
      await paddle.subscriptions.cancel(subscriptionId, { effectiveFrom: 'immediately' });
    },

    async parseWebhook(rawBody, headers): Promise<BillingEvent> {
      if (!config.webhookSecret) throw new InvalidWebhookError('PADDLE_WEBHOOK_SECRET is not set, so no Paddle event can be verified');
      let event: EventEntity;
      try {
        event = await paddle.webhooks.unmarshal(rawBody.toString('utf8'), config.webhookSecret, String(headers['paddle-signature'] ?? ''));
      } catch (error) {
        throw new InvalidWebhookError((error as Error).message);
      }
      const base = { provider: 'paddle' as const, eventId: event.eventId, type: event.eventType, occurredAt: new Date(event.occurredAt) };
      if (subscriptionEvents.has(event.eventType)) return { ...base, change: subscriptionChange(event.data as Parameters<typeof subscriptionChange>[0]) };
      if (event.eventType === EventName.TransactionPaymentFailed) {
        const data = event.data as { subscriptionId: string | null; customerId: string | null; customData: unknown };
        return { ...base, paymentFailed: { subscriptionId: data.subscriptionId ?? undefined, customerId: data.customerId ?? undefined, userId: ((data.customData ?? {}) as PlanMetadata).userId } };
      }
      return base;
    },
  };
}

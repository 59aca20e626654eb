// The billing providers whose keys are set. Each verifies its own webhooks; /upgrade and
// /billing use Stripe when it is configured, else Paddle. The SDKs load only with a key.
import type { BillingProviders } from '../../core/billing/subscription.ts';
import type { Config } from '../../core/config.ts';

export async function openBillingProviders(billing: Config['billing']): Promise<BillingProviders> {
  const stripe = billing.stripe ? (await import('./stripe-billing.ts')).createStripeBilling(billing.stripe, billing.publicUrl) : undefined;
  const paddle = billing.paddle ? (await import('./paddle-billing.ts')).createPaddleBilling(billing.paddle) : undefined;
  return { stripe, paddle, checkout: stripe ?? paddle };
}

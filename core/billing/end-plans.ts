// Ending a user's plans (an admin's revoke, a user's data deleted): admin grants stop here;
// paid subscriptions are cancelled at their provider first, so billing stops too, and are
// marked cancelled here at once (the provider's webhook confirms it).
import type { BillingProvider, BillingStore } from './subscription.ts';

export interface EndPlansDeps {
  billing: BillingStore;
  providers: Partial<Record<'stripe' | 'paddle', BillingProvider>>;
  now: () => Date;
}

export interface EndedPlans {
  grantsRevoked: number;
  paidCancelled: string[];
  /** Paid subscriptions whose provider is not configured here: to cancel in its dashboard. */
  leftToCancel: string[];
}

export async function endPlans(deps: EndPlansDeps, userId: string): Promise<EndedPlans> {
  const ended: EndedPlans = { grantsRevoked: await deps.billing.revokeGrants(userId), paidCancelled: [], leftToCancel: [] };
  for (const subscription of await deps.billing.granting(userId)) {
    if (subscription.provider === 'manual' || !subscription.subscriptionId) continue;
    const provider = deps.providers[subscription.provider];
    if (!provider) {
      ended.leftToCancel.push(`${subscription.provider} ${subscription.subscriptionId}`);
      continue;
    }
    await provider.cancel(subscription.subscriptionId);
    await deps.billing.markCancelled(subscription.subscriptionId, deps.now());
    ended.paidCancelled.push(`${subscription.provider} ${subscription.subscriptionId}`);
  }
  return ended;
}

// /upgrade, /billing and /usage, and applying a verified webhook: the subscription changes once
// (a replay is a no-op) and the user hears about it in their latest chat.
import type { ConversationRef, Outbox } from '../conversation/outbox.ts';
import type { OutgoingMessage } from '../model/message.ts';
import type { Logger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import * as replies from './billing-replies.ts';
import type { QuotaDeps } from './quota.ts';
import type { BillingEvent, BillingProviders } from './subscription.ts';
import { inUserLanguage } from '../language/user-language.ts';

export interface BillingFlowDeps extends QuotaDeps {
  store: Store;
  outbox: Outbox;
  logger: Logger;
  providers: BillingProviders;
}

/** `/upgrade [pro|team] [seats]`; a team plan belongs to the workspace the command came from. */
export async function startUpgrade(deps: BillingFlowDeps, to: ConversationRef, userId: string, args: string, workspaceId: string | undefined): Promise<void> {
  const provider = deps.providers.checkout;
  if (!provider) return void (await deps.outbox.send(to, replies.billingNotSetUp()));
  // Someone already paying changes plan in the portal: a second checkout would bill twice.
  if ((await deps.store.billing.granting(userId)).some((s) => s.provider !== 'manual')) return openBillingPortal(deps, to, userId);
  const team = /\bteam\b/i.test(args);
  if (team && !workspaceId) return void (await deps.outbox.send(to, replies.teamNeedsWorkspace()));
  const seats = team ? Math.min(500, Math.max(2, Number(/\b(\d{1,3})\b/.exec(args)?.[1] ?? 5))) : 1;
  const tier = team ? 'team' : 'pro';
  const url = await provider.checkoutUrl({ userId, tier, seats, workspaceId: team ? workspaceId : undefined });
  await deps.outbox.send(to, replies.checkoutLink(url, deps.tiers[tier], provider.name, seats));
}

/** /billing: the provider's self-service page for the user's subscription. */
export async function openBillingPortal(deps: BillingFlowDeps, to: ConversationRef, userId: string): Promise<void> {
  const customer = await deps.store.billing.customerOf(userId);
  const provider = customer && deps.providers[customer.provider];
  if (!customer) return void (await deps.outbox.send(to, deps.providers.checkout ? replies.noSubscription() : replies.billingNotSetUp()));
  if (!provider) return void (await deps.outbox.send(to, replies.billingNotSetUp()));
  await deps.outbox.send(to, replies.portalLink(await provider.portalUrl(customer.customerId, customer.subscriptionId ?? undefined)));
}

/** Applies a verified event once and tells the user what changed. Returns false for a replay. */
export async function applyBillingEvent(deps: BillingFlowDeps, event: BillingEvent): Promise<boolean> {
  const applied = await deps.store.billing.applyEvent(event);
  if (applied === 'duplicate') return false;
  // A webhook runs outside any chat: the news is written in the user's language.
  const news: OutgoingMessage | undefined = await inUserLanguage(deps.store, applied.userId ?? undefined, async () =>
    event.paymentFailed ? replies.paymentFailed() : replies.planNews(applied.before, applied.after, deps.tiers),
  );
  if (news && applied.userId) {
    // The change is committed: a message that cannot be sent is logged, not a reason for the
    // provider to send the event again (the replay would be a duplicate anyway).
    try {
      const chat = await deps.store.conversations.latestOf(applied.userId);
      if (chat) await deps.outbox.send(chat, news);
      else deps.logger.info({ userId: applied.userId, type: event.type }, 'plan changed for a user with no chat to tell');
    } catch (error) {
      deps.logger.warn({ err: error, userId: applied.userId, type: event.type }, 'plan news could not be sent');
    }
  }
  return true;
}

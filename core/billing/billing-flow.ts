// /upgrade, /billing and /usage, and applying a verified webhook: the subscription changes once
// (a replay is a no-op) and the user hears about it in their latest chat.
import type { ConversationRef, Outbox } from '../conversation/outbox.ts';
import type { OutgoingMessage } from '../model/message.ts';
import type { Logger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import * as replies from './billing-replies.ts';
import { quotaStatus, type QuotaDeps } from './quota.ts';
import type { BillingEvent, BillingProvider } from './subscription.ts';

export interface BillingFlowDeps extends QuotaDeps {
  store: Store;
  outbox: Outbox;
  logger: Logger;
  /** Undefined when no Stripe or Paddle key is configured. */
  provider?: BillingProvider;
}

/** `/upgrade [pro|team] [seats]`; a team plan belongs to the workspace the command came from. */
export async function startUpgrade(deps: BillingFlowDeps, to: ConversationRef, userId: string, args: string, workspaceId: string | undefined): Promise<void> {
  if (!deps.provider) return void (await deps.outbox.send(to, replies.billingNotSetUp));
  const team = /\bteam\b/i.test(args);
  if (team && !workspaceId) return void (await deps.outbox.send(to, replies.teamNeedsWorkspace));
  const seats = team ? Math.min(500, Math.max(2, Number(/\b(\d{1,3})\b/.exec(args)?.[1] ?? 5))) : 1;
  const tier = team ? 'team' : 'pro';
  const url = await deps.provider.checkoutUrl({ userId, tier, seats, workspaceId: team ? workspaceId : undefined });
  await deps.outbox.send(to, replies.checkoutLink(url, deps.tiers[tier], deps.provider.name, seats));
}

/** /billing: the provider's self-service page for the user's subscription. */
export async function openBillingPortal(deps: BillingFlowDeps, to: ConversationRef, userId: string): Promise<void> {
  if (!deps.provider) return void (await deps.outbox.send(to, replies.billingNotSetUp));
  const customer = await deps.store.billing.customerOf(userId);
  if (!customer || customer.provider !== deps.provider.name) return void (await deps.outbox.send(to, replies.noSubscription));
  await deps.outbox.send(to, replies.portalLink(await deps.provider.portalUrl(customer.customerId, customer.subscriptionId ?? undefined)));
}

/** The plan and what is left of it this month, for /usage. */
export async function planUsage(deps: BillingFlowDeps, userId: string): Promise<string> {
  return replies.quotaSummary(await quotaStatus(deps, userId), deps.tiers);
}

/** Applies a verified event once and tells the user what changed. Returns false for a replay. */
export async function applyBillingEvent(deps: BillingFlowDeps, event: BillingEvent): Promise<boolean> {
  const applied = await deps.store.billing.applyEvent(event);
  if (applied === 'duplicate') return false;
  const news: OutgoingMessage | undefined = event.paymentFailed ? replies.paymentFailed : replies.planNews(applied.before, applied.after, deps.tiers);
  if (news && applied.userId) {
    const chat = await deps.store.conversations.latestOf(applied.userId);
    if (chat) await deps.outbox.send(chat, news);
    else deps.logger.info({ userId: applied.userId, type: event.type }, 'plan changed for a user with no chat to tell');
  }
  return true;
}

// POST /webhooks/stripe and /webhooks/paddle: the raw body is verified by the provider's own
// signature check before anything changes; a forged or unsigned event gets 400 and changes
// nothing, and an event seen before is acknowledged without being applied again.
import express, { Router } from 'express';
import { applyBillingEvent, type BillingFlowDeps } from '../core/billing/billing-flow.ts';
import { InvalidWebhookError, type BillingProvider } from '../core/billing/subscription.ts';

export interface WebhookDeps extends BillingFlowDeps {
  providers: Partial<Record<'stripe' | 'paddle', BillingProvider>>;
}

export function createBillingWebhooks(deps: WebhookDeps): Router {
  const router = Router();
  // Signatures cover the exact bytes: the body must not be parsed before it is verified.
  router.post('/webhooks/:provider', express.raw({ type: () => true, limit: '1mb' }), async (req, res, next) => {
    const name = req.params.provider;
    const provider = name === 'stripe' || name === 'paddle' ? deps.providers[name] : undefined;
    if (!provider) return void res.status(404).json({ error: `${name} billing is not configured here.` });
    try {
      const event = await provider.parseWebhook(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), req.headers);
      const applied = await applyBillingEvent(deps, event);
      deps.logger.info({ provider: name, eventId: event.eventId, type: event.type, duplicate: !applied }, 'billing webhook');
      res.json({ received: true, duplicate: !applied });
    } catch (error) {
      if (error instanceof InvalidWebhookError) {
        deps.logger.warn({ provider: name, reason: error.message }, 'billing webhook refused: signature not valid');
        return void res.status(400).json({ error: 'Signature not valid.' });
      }
      // Anything else is ours: a 500 makes the provider send the event again later.
      next(error);
    }
  });
  // Where checkout sends the browser back: the news itself arrives in the chat.
  router.get(['/billing/thanks', '/billing/cancelled'], (req, res) => {
    const thanks = req.path.endsWith('/thanks');
    res.type('html').send(`<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>IntervAI</title>
<p style="font:17px system-ui;max-width:30rem;margin:3rem auto">${thanks ? 'Thank you! Your plan starts as soon as the payment is confirmed; I will tell you in the chat. You can close this tab.' : 'Checkout was cancelled; nothing was charged. Send /upgrade in the chat any time.'}</p>`);
  });
  return router;
}

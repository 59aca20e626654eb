// Plans and quotas end to end in the playground, with the real Stripe and Paddle SDKs against
// loopback fakes: a free user runs out of interviews, gets the upgrade link, a signed webhook
// makes them Pro (they are told in chat) and the next interview starts; a replayed webhook
// changes nothing and a forged one is refused.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { parseConfig } from '../core/config.ts';
import { createFakePaddle, createFakeStripe, paddleSubscription, signedPaddleEvent, signedStripeEvent } from '../test-helpers/fake-billing-api.ts';
import { PlaygroundClient, type ShownEvent } from '../test-helpers/playground-client.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';
import { serve, type Served } from './serve.ts';

const quotas = JSON.stringify({ free: { interviews: 1 } });

async function startApp(env: Record<string, string>) {
  const dir = await createTempDir();
  const served = await serve(parseConfig({ DATA_DIR: dir.path, PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '200', TIER_QUOTAS: quotas, ...env }), 'all');
  return { served, stop: async () => (await served.stop(), await dir.remove()) };
}

function next(client: PlaygroundClient, pattern: RegExp): Promise<ShownEvent> {
  const seen = new Set(client.events);
  return client.waitFor((e) => !seen.has(e) && pattern.test(e.text));
}

const post = (served: Served, path: string, payload: string, headers: Record<string, string>) => fetch(new URL(path, served.url), { method: 'POST', body: payload, headers });

/** Uses the one free interview, so the next /interview meets the quota. */
async function useFreeInterview(client: PlaygroundClient) {
  const started = next(client, /^Interview: backend · behavioral/);
  await client.say('/interview backend behavioral junior');
  await started;
  const ended = next(client, /^Okay, let's stop here/);
  await client.say('/end');
  await ended;
}

describe('Stripe', () => {
  const stripe = createFakeStripe();
  const secret = 'whsec_test_secret';
  let app: Awaited<ReturnType<typeof startApp>>;
  before(async () => {
    await stripe.start();
    app = await startApp({ STRIPE_SECRET_KEY: 'sk_test_fake', STRIPE_WEBHOOK_SECRET: secret, STRIPE_API_URL: stripe.url, STRIPE_PRICE_PRO: 'price_pro', STRIPE_PRICE_TEAM: 'price_team' });
  });
  after(async () => {
    await app.stop();
    await stripe.stop();
  });

  test('a free user hits the interview quota, upgrades through Checkout, is told in chat, and the next interview starts', async () => {
    const client = new PlaygroundClient(app.served.url, 'Ada');
    await client.connect();
    await useFreeInterview(client);

    const limit = next(client, /^You've used all 1 mock interview on the Free plan this month\. They reset on 1 \w+\./);
    await client.say('/interview backend behavioral junior');
    const refused = await limit;
    const upgrade = refused.buttons.find((b) => b.label === 'Upgrade')!;
    const link = next(client, /^Upgrade to \*\*Pro\*\* \(Stripe checkout, secure\):\nhttps:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_\d+/);
    await client.press(upgrade.actionId, upgrade.value);
    await link;
    const checkout = stripe.calls.find((c) => c.path === '/v1/checkout/sessions')!;
    assert.equal(checkout.body['line_items[0][price]'], 'price_pro');
    assert.equal(checkout.body.mode, 'subscription');
    const userId = String(checkout.body.client_reference_id);
    assert.match(userId, /^[0-9a-f-]{36}$/);

    const completed = signedStripeEvent(secret, 'checkout.session.completed', {
      id: 'cs_test_1', object: 'checkout.session', mode: 'subscription', client_reference_id: userId, customer: 'cus_ada', subscription: 'sub_ada',
      metadata: { userId, tier: 'pro', seats: '1' },
    });
    const told = next(client, /^🎉 Your \*\*Pro\*\* plan is active/);
    const response = await post(app.served, 'webhooks/stripe', completed.payload, completed.headers);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { received: true, duplicate: false });
    await told;

    const again = next(client, /^Interview: backend · behavioral/);
    await client.say('/interview backend behavioral junior');
    await again;

    // A replay of the same event is acknowledged and changes nothing.
    const before = client.events.length;
    const replay = await post(app.served, 'webhooks/stripe', completed.payload, completed.headers);
    assert.deepEqual(await replay.json(), { received: true, duplicate: true });
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(client.events.length, before, 'no second "plan is active" message');

    const usage = next(client, /^\*\*Pro plan\*\*/);
    await client.say('/usage');
    assert.match((await usage).text, /mock interviews: \d+ of 40 left/);

    const portal = next(client, /^Manage your plan, card and invoices here:\nhttps:\/\/billing\.stripe\.test/);
    await client.say('/billing');
    await portal;
    assert.equal(stripe.calls.find((c) => c.path === '/v1/billing_portal/sessions')!.body.customer, 'cus_ada');

    const failed = signedStripeEvent(secret, 'invoice.payment_failed', { id: 'in_1', object: 'invoice', customer: 'cus_ada', parent: { subscription_details: { subscription: 'sub_ada' } } });
    const warned = next(client, /^⚠️ Your last payment didn't go through\./);
    assert.equal((await post(app.served, 'webhooks/stripe', failed.payload, failed.headers)).status, 200);
    assert.deepEqual((await warned).buttons.map((b) => b.label), ['Update my card']);

    // A switch to Team in Stripe's portal: the price decides the plan, whatever the metadata says.
    const switched = signedStripeEvent(secret, 'customer.subscription.updated', {
      id: 'sub_ada', object: 'subscription', customer: 'cus_ada', status: 'active', metadata: { userId, tier: 'pro' },
      items: { object: 'list', data: [{ id: 'si_1', quantity: 3, price: { id: 'price_team' }, current_period_end: Math.floor(Date.now() / 1000) + 86_400 * 30 }] },
    });
    const changed = next(client, /^Your plan changed to \*\*Team\*\* with 3 seats\./);
    assert.equal((await post(app.served, 'webhooks/stripe', switched.payload, switched.headers)).status, 200);
    await changed;

    const ended = signedStripeEvent(secret, 'customer.subscription.deleted', {
      id: 'sub_ada', object: 'subscription', customer: 'cus_ada', status: 'canceled', metadata: { userId, tier: 'pro' },
      items: { object: 'list', data: [{ id: 'si_1', quantity: 1, price: { id: 'price_pro' } }] },
    });
    const endedNews = next(client, /^Your \*\*Team\*\* plan has ended; you're on the Free plan now\./);
    assert.equal((await post(app.served, 'webhooks/stripe', ended.payload, ended.headers)).status, 200);
    await endedNews;
  });

  test('a forged or unsigned webhook gets 400 and changes nothing', async () => {
    const userId = randomUUID();
    const forged = signedStripeEvent('whsec_someone_else', 'checkout.session.completed', { id: 'cs_x', object: 'checkout.session', mode: 'subscription', client_reference_id: userId, subscription: 'sub_x', metadata: { tier: 'pro' } });
    const response = await post(app.served, 'webhooks/stripe', forged.payload, forged.headers);
    assert.equal(response.status, 400);
    assert.deepEqual(await response.json(), { error: 'Signature not valid.' });
    const unsigned = await post(app.served, 'webhooks/stripe', forged.payload, { 'Content-Type': 'application/json' });
    assert.equal(unsigned.status, 400);
    assert.equal((await post(app.served, 'webhooks/paddle', forged.payload, forged.headers)).status, 404, 'Paddle is not configured here');
    assert.equal((await app.served.runtime.store.billing.entitlement(userId)).tier, 'free');
  });
});

describe('Paddle', () => {
  const paddle = createFakePaddle();
  const secret = 'pdl_ntfset_test_secret';
  let app: Awaited<ReturnType<typeof startApp>>;
  before(async () => {
    await paddle.start();
    app = await startApp({ PADDLE_API_KEY: 'pdl_test_key', PADDLE_WEBHOOK_SECRET: secret, PADDLE_API_URL: paddle.url, PADDLE_PRICE_PRO: 'pri_pro' });
  });
  after(async () => {
    await app.stop();
    await paddle.stop();
  });

  test('the same flow with Paddle: checkout link, a signed subscription.activated, a replay and a forgery', async () => {
    const client = new PlaygroundClient(app.served.url, 'Bo');
    await client.connect();
    await useFreeInterview(client);
    const link = next(client, /^Upgrade to \*\*Pro\*\* \(Paddle checkout, secure\):\nhttps:\/\/pay\.paddle\.test\/checkout\?_ptxn=txn_\d+/);
    await client.say('/upgrade');
    await link;
    const transaction = paddle.calls.find((c) => c.path === '/transactions')!;
    const { items, custom_data: customData } = transaction.body as { items: Array<{ price_id: string }>; custom_data: Record<string, string> };
    assert.equal(items[0]!.price_id, 'pri_pro');
    const userId = customData.userId!;

    const activated = signedPaddleEvent(secret, 'subscription.activated', paddleSubscription({ id: 'sub_bo', status: 'active', customerId: 'ctm_bo', customData, priceId: 'pri_pro' }));
    const forged = { ...activated, headers: { ...activated.headers, 'Paddle-Signature': activated.headers['Paddle-Signature'].replace(/h1=\w+/, 'h1=00ff') } };
    assert.equal((await post(app.served, 'webhooks/paddle', forged.payload, forged.headers)).status, 400);
    assert.equal((await app.served.runtime.store.billing.entitlement(userId)).tier, 'free', 'the forgery changed nothing');

    const told = next(client, /^🎉 Your \*\*Pro\*\* plan is active/);
    assert.equal((await post(app.served, 'webhooks/paddle', activated.payload, activated.headers)).status, 200);
    await told;
    assert.deepEqual(await (await post(app.served, 'webhooks/paddle', activated.payload, activated.headers)).json(), { received: true, duplicate: true });
    assert.equal((await app.served.runtime.store.billing.entitlement(userId)).tier, 'pro');

    const started = next(client, /^Interview: backend · behavioral/);
    await client.say('/interview backend behavioral junior');
    await started;
    const portal = next(client, /^Manage your plan, card and invoices here:\nhttps:\/\/customer-portal\.paddle\.test/);
    await client.say('/billing');
    await portal;
  });
});

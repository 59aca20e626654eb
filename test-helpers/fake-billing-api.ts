// Loopback fakes of the Stripe and Paddle endpoints IntervAI calls, driven by the real SDKs
// (STRIPE_API_URL / PADDLE_API_URL point at them). They record each request and answer the
// smallest response each SDK accepts. Webhooks are signed the way the providers sign them.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

export interface RecordedApiCall {
  method: string;
  path: string;
  /** Stripe's form fields by their bracketed names ("metadata[userId]"), or Paddle's JSON. */
  body: Record<string, unknown>;
}

type Answer = (call: RecordedApiCall, n: number) => { status?: number; body: unknown };

class FakeApi {
  readonly calls: RecordedApiCall[] = [];
  url = '';
  private server?: Server;
  constructor(private readonly routes: Record<string, Answer>) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections(); // the SDKs keep connections alive
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = (req.headers['content-type'] ?? '').includes('json') ? (raw ? JSON.parse(raw) : {}) : Object.fromEntries(new URLSearchParams(raw));
    const call = { method: req.method ?? 'GET', path: (req.url ?? '/').split('?')[0]!, body };
    this.calls.push(call);
    const route = call.path.replace(/\/(ctm|cus)_\w+\//, '/:customer/').replace(/\/sub_\w+$/, '/:subscription');
    const answer = this.routes[`${call.method} ${route}`];
    const { status = 200, body: reply } = answer ? answer(call, this.calls.length) : { status: 404, body: { error: { type: 'invalid_request_error', message: `no fake route ${call.method} ${call.path}` } } };
    res.writeHead(status, { 'Content-Type': 'application/json', 'request-id': `req_${this.calls.length}` });
    res.end(JSON.stringify(reply));
  }
}

export function createFakeStripe() {
  return new FakeApi({
    'POST /v1/checkout/sessions': (_call, n) => ({ body: { id: `cs_test_${n}`, object: 'checkout.session', url: `https://checkout.stripe.test/c/pay/cs_test_${n}` } }),
    'POST /v1/billing_portal/sessions': (_call, n) => ({ body: { id: `bps_${n}`, object: 'billing_portal.session', url: `https://billing.stripe.test/p/session/bps_${n}` } }),
    'DELETE /v1/subscriptions/:subscription': (call) => ({ body: { id: call.path.split('/')[3], object: 'subscription', status: 'canceled' } }),
  });
}

export function createFakePaddle() {
  return new FakeApi({
    'POST /transactions': (_call, n) => ({ body: { data: { id: `txn_${n}`, status: 'ready', items: [], payments: [], checkout: { url: `https://pay.paddle.test/checkout?_ptxn=txn_${n}` } } } }),
    'POST /customers/:customer/portal-sessions': (call) => ({ body: { data: { id: 'cpls_1', customer_id: call.path.split('/')[2], urls: { general: { overview: 'https://customer-portal.paddle.test/cpl_1' }, subscriptions: [] }, created_at: new Date().toISOString() } } }),
  });
}

/** A Stripe event as Stripe would post it, with a signature made by the SDK's own helper. */
export function signedStripeEvent(secret: string, type: string, object: Record<string, unknown>, id = `evt_${Math.random().toString(36).slice(2)}`) {
  const payload = JSON.stringify({ id, object: 'event', type, api_version: '2026-10-28', created: Math.floor(Date.now() / 1000), data: { object } });
  return { payload, headers: { 'Content-Type': 'application/json', 'Stripe-Signature': Stripe.webhooks.generateTestHeaderString({ payload, secret }) } };
}

/** A Paddle notification with its Paddle-Signature header (ts, and an HMAC-SHA256 of "ts:body"). */
export function signedPaddleEvent(secret: string, eventType: string, data: Record<string, unknown>, eventId = `evt_${Math.random().toString(36).slice(2)}`) {
  const payload = JSON.stringify({ event_id: eventId, notification_id: `ntf_${eventId}`, event_type: eventType, occurred_at: new Date().toISOString(), data });
  const ts = Math.floor(Date.now() / 1000);
  const h1 = createHmac('sha256', secret).update(`${ts}:${payload}`).digest('hex');
  return { payload, headers: { 'Content-Type': 'application/json', 'Paddle-Signature': `ts=${ts};h1=${h1}` } };
}

/** The minimal subscription payload the Paddle SDK reads without error. */
export function paddleSubscription(fields: { id: string; status: string; customerId: string; customData: Record<string, string>; priceId: string; quantity?: number }) {
  return {
    id: fields.id,
    status: fields.status,
    customer_id: fields.customerId,
    custom_data: fields.customData,
    billing_cycle: { interval: 'month', frequency: 1 },
    current_billing_period: { starts_at: new Date().toISOString(), ends_at: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    items: [{ status: 'active', quantity: fields.quantity ?? 1, price: { id: fields.priceId, product_id: 'pro_1', unit_price: { amount: '1200', currency_code: 'USD' }, quantity: { minimum: 1, maximum: 100 } } }],
  };
}

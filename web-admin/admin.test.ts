// The web admin in real Chromium (playwright-core + Debian's chromium): sign in, read the
// dashboard figures, find a user, revoke their Pro plan, and read the audit entry. Screenshots
// of every page go to test-output/admin/. Plain HTTP checks cover what a browser would hide:
// no session, no CSRF token, too many sign-in attempts.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { serve, type Served } from '../app/serve.ts';
import { parseConfig } from '../core/config.ts';
import { launchBrowser } from '../test-helpers/browser.ts';
import { createFakeStripe } from '../test-helpers/fake-billing-api.ts';
import { PlaygroundClient } from '../test-helpers/playground-client.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';
import { hashPassword } from './auth.ts';

const shots = new URL('../test-output/admin/', import.meta.url).pathname;
const admin = { email: 'ops@example.com', password: 'correct-horse-battery-staple' };
let served: Served;
let dir: Awaited<ReturnType<typeof createTempDir>>;
let browser: Browser;
let mayaId: string;
const stripe = createFakeStripe();

before(async () => {
  await mkdir(shots, { recursive: true });
  dir = await createTempDir();
  await stripe.start();
  const billing = { STRIPE_SECRET_KEY: 'sk_test_fake', STRIPE_WEBHOOK_SECRET: 'whsec_test', STRIPE_API_URL: stripe.url, STRIPE_PRICE_PRO: 'price_pro' };
  served = await serve(parseConfig({ DATA_DIR: dir.path, PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '200', ...billing }), 'all');
  const { store } = served.runtime;
  await store.admin.createAdmin(admin.email, await hashPassword(admin.password));
  // A user who paid for Pro through Stripe, as a verified webhook would record it.
  const maya = new PlaygroundClient(served.url, 'Maya Patel');
  await maya.connect();
  await maya.say('/start');
  await maya.waitFor((e) => e.text.startsWith('Hi Maya'));
  mayaId = (await store.admin.searchUsers('Maya Patel', 1))[0]!.id;
  await store.billing.applyEvent({ provider: 'stripe', eventId: 'evt_seed', type: 'checkout.session.completed', occurredAt: new Date(), change: { provider: 'stripe', subscriptionId: 'sub_maya', customerId: 'cus_maya', userId: mayaId, tier: 'pro', seats: 1, status: 'active' } });
  maya.disconnect();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await served.stop();
  await stripe.stop();
  await dir.remove();
});

const shot = (page: Page, name: string) => page.screenshot({ path: `${shots}${name}.png`, fullPage: true });

test('an admin signs in, reads the dashboard, finds a user, revokes Pro, and reads the audit entry', async () => {
  const page = await browser.newPage();
  await page.goto(new URL('admin', served.url).href);
  assert.match(page.url(), /\/admin\/login$/, 'no session: the sign-in page');
  await shot(page, '1-login');
  await page.fill('input[name=email]', admin.email);
  await page.fill('input[name=password]', 'wrong password!!');
  await page.click('button:has-text("Sign in")');
  assert.match(await page.textContent('[role=alert]') ?? '', /do not match an admin/);
  await page.fill('input[name=email]', admin.email);
  await page.fill('input[name=password]', admin.password);
  await page.click('button:has-text("Sign in")');

  assert.match(page.url(), /\/admin$/);
  assert.match(await page.textContent('[data-figure=users]') ?? '', /Users\s*1\s*1 new this month/);
  assert.match(await page.textContent('[data-figure=subscriptions]') ?? '', /Active subscriptions\s*1/);
  assert.match(await page.textContent('[data-figure=mrr]') ?? '', /\$12\.00/);
  assert.match(await page.textContent('[data-figure=queue]') ?? '', /in-process/);
  await shot(page, '2-dashboard');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, '2-dashboard-phone');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.click('nav >> text=Users');
  await page.fill('input[name=q]', 'maya');
  await page.click('button:has-text("Search")');
  await shot(page, '3-users');
  await page.click('a:has-text("Maya Patel")');
  assert.match(await page.textContent('[data-figure=plan]') ?? '', /Pro\s*stripe, active/);
  await shot(page, '4-user');
  await page.click('button:has-text("Revoke plan")');
  assert.match(await page.textContent('[role=status]') ?? '', /Plan revoked; paid subscriptions were cancelled at their provider/);
  assert.match(await page.textContent('[data-figure=plan]') ?? '', /Free/);
  assert.equal((await served.runtime.store.billing.entitlement(mayaId)).tier, 'free');
  assert.ok(stripe.calls.some((c) => c.method === 'DELETE' && c.path === '/v1/subscriptions/sub_maya'), 'Stripe was told to stop billing');

  await page.click('nav >> text=Subscriptions');
  assert.match(await page.textContent('table') ?? '', /Maya Patel[\s\S]*pro[\s\S]*canceled[\s\S]*stripe/);
  await shot(page, '5-subscriptions');
  await page.click('nav >> text=Usage');
  await shot(page, '6-usage');
  await page.click('nav >> text=Audit log');
  const firstRow = await page.textContent('tbody tr:first-child') ?? '';
  assert.match(firstRow, new RegExp(`ops@example\\.com\\s*revoke tier\\s*${mayaId}\\s*grants: 0, cancelled: stripe sub_maya, leftToCancel: none`));
  await shot(page, '7-audit');
  await page.close();
});

test('every admin route needs a session, every form its CSRF token, and sign-in attempts are limited', async () => {
  const at = (path: string) => new URL(path, served.url).href;
  for (const path of ['admin', 'admin/users', `admin/users/${mayaId}`, 'admin/audit']) {
    const response = await fetch(at(path), { redirect: 'manual' });
    assert.equal(response.status, 303, path);
    assert.equal(response.headers.get('location'), '/admin/login');
  }
  const forged = await fetch(at(`admin/users/${mayaId}/grant`), { method: 'POST', body: new URLSearchParams({ tier: 'pro' }), redirect: 'manual' });
  assert.equal(forged.status, 303, 'no session: nothing granted');

  const signIn = await fetch(at('admin/login'), { method: 'POST', body: new URLSearchParams(admin), redirect: 'manual' });
  const cookie = signIn.headers.get('set-cookie')!;
  assert.match(cookie, /intervai_admin=[\w-]+; Path=\/admin; Expires=[^;]+; HttpOnly; SameSite=Strict/);
  const withoutToken = await fetch(at(`admin/users/${mayaId}/grant`), { method: 'POST', body: new URLSearchParams({ tier: 'pro' }), headers: { cookie: cookie.split(';')[0]! }, redirect: 'manual' });
  assert.equal(withoutToken.status, 403);
  assert.equal((await served.runtime.store.billing.entitlement(mayaId)).tier, 'free', 'a post without the token changed nothing');

  const attempts = [];
  for (let i = 0; i < 6; i++) attempts.push((await fetch(at('admin/login'), { method: 'POST', body: new URLSearchParams({ email: 'intruder@example.com', password: `guess-${i}` }) })).status);
  assert.deepEqual(attempts, [401, 401, 401, 401, 401, 429]);
});

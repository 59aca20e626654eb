// The web admin at /admin: every page and action needs a signed-in admin; every form post
// carries the session's CSRF token; every action is written to the audit log.
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { AdminSession } from '../core/admin/admin-store.ts';
import { monthStart, quotaStatus } from '../core/billing/quota.ts';
import type { Tier, TierPlan } from '../core/billing/tiers.ts';
import type { FileStore } from '../core/ports/file-store.ts';
import type { JobQueue } from '../core/ports/job-queue.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Store } from '../core/ports/store.ts';
import { forgetUser } from '../core/privacy/forget-user.ts';
import { isUuid } from '../core/ids.ts';
import { endPlans } from '../core/billing/end-plans.ts';
import type { BillingProviders } from '../core/billing/subscription.ts';
import { createAuth } from './auth.ts';
import { html, layout, type Html } from './html.ts';
import { auditPage } from './pages/audit.ts';
import { dashboardPage } from './pages/dashboard.ts';
import { loginPage } from './pages/login.ts';
import { subscriptionsPage } from './pages/subscriptions.ts';
import { usagePage } from './pages/usage.ts';
import { userPage } from './pages/user.ts';
import { usersPage } from './pages/users.ts';

export interface AdminDeps {
  store: Store;
  files: FileStore;
  queue: JobQueue;
  logger: Logger;
  tiers: Record<Tier, TierPlan>;
  /** Cookies are marked Secure when the admin is served over https. */
  publicUrl: string;
  /** To cancel paid subscriptions when a plan is revoked or a user deleted. */
  providers: BillingProviders;
  /** Forgets a deleted user in the running bot's caches. */
  forgetUser: (userId: string) => Promise<void>;
  now?: () => Date;
}

type Signed = Request & { admin: AdminSession };

export function createWebAdmin(deps: AdminDeps): Router {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const auth = createAuth(store.admin, deps.publicUrl.startsWith('https://'), now);
  const router = Router();
  const send = (res: Response, status: number, title: string, body: Html, session?: AdminSession, current?: string) =>
    res.status(status).type('html').send(layout(title, body, session, current));

  router.use('/admin', (_req, res, next) => {
    // Pages hold personal data: never cached, never framed, no scripts at all.
    res.set({ 'Cache-Control': 'no-store', 'X-Frame-Options': 'DENY', 'Referrer-Policy': 'same-origin', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'" });
    next();
  });
  router.use('/admin', express.urlencoded({ extended: false, limit: '20kb' }));

  router.get('/admin/login', (_req, res) => send(res, 200, 'Sign in', loginPage()));
  router.post('/admin/login', async (req, res, next) => {
    try {
      const email = String(req.body.email ?? '');
      if (!auth.allowAttempt(req, email)) return send(res, 429, 'Sign in', loginPage('Too many attempts. Wait 15 minutes, then try again.'));
      const session = await auth.signIn(res, email, String(req.body.password ?? ''));
      if (!session) return send(res, 401, 'Sign in', loginPage('That email and password do not match an admin.'));
      await store.admin.audit({ adminEmail: session.email, action: 'sign in', target: null, detail: {} });
      res.redirect(303, '/admin');
    } catch (error) {
      next(error);
    }
  });

  // Everything below needs a session; a form post also needs its CSRF token.
  router.use('/admin', async (req, res, next) => {
    try {
      const session = await auth.session(req);
      if (!session) return res.redirect(303, '/admin/login');
      if (req.method === 'POST' && !auth.csrfOk(req, session)) return send(res, 403, 'Refused', htmlText('That form has expired. Go back, reload the page and try again.'), session);
      (req as Signed).admin = session;
      next();
    } catch (error) {
      next(error);
    }
  });

  const page = (handler: (req: Signed, res: Response) => Promise<unknown>) => (req: Request, res: Response, next: NextFunction) => void handler(req as Signed, res).catch(next);

  router.get('/admin', page(async (req, res) => {
    const figures = await store.admin.dashboard(monthStart(now()));
    const mrrUsd = figures.activeSubscriptions.filter((s) => s.provider !== 'manual').reduce((sum, s) => sum + deps.tiers[s.tier as Tier].monthlyUsd * (s.tier === 'team' ? s.seats : s.count), 0);
    const [queue, failed] = await Promise.all([deps.queue.health(), deps.queue.failedJobs(20)]);
    send(res, 200, 'Dashboard', dashboardPage({ figures, mrrUsd, queue, failed }, req.admin), req.admin, '/admin');
  }));

  router.get('/admin/users', page(async (req, res) => {
    const query = String(req.query.q ?? '');
    send(res, 200, 'Users', usersPage(query, await store.admin.searchUsers(query, 50)), req.admin, '/admin/users');
  }));

  router.get('/admin/users/:id', page(async (req, res) => {
    const user = isUuid(idOf(req)) ? await store.admin.user(idOf(req)) : undefined;
    if (!user) return void send(res, 404, 'User not found', htmlText('No such user (they may have been deleted).'), req.admin, '/admin/users');
    const quota = await quotaStatus({ billing: store.billing, tiers: deps.tiers, now }, user.id);
    send(res, 200, user.displayName, userPage(user, quota, deps.tiers, req.admin, noticeOf(req)), req.admin, '/admin/users');
  }));

  /** Actions on a user: unknown ids get a 404 and write nothing, not even an audit row. */
  const onUser = (handler: (req: Signed, res: Response, userId: string) => Promise<unknown>) =>
    page(async (req, res) => {
      const userId = idOf(req);
      if (!isUuid(userId) || !(await store.admin.user(userId))) return send(res, 404, 'User not found', htmlText('No such user (they may have been deleted).'), req.admin, '/admin/users');
      return handler(req, res, userId);
    });
  const plansDeps = { billing: store.billing, providers: deps.providers, now };

  router.post('/admin/users/:id/grant', onUser(async (req, res, userId) => {
    const tier = req.body.tier === 'team' ? 'team' : 'pro';
    await store.billing.grant(userId, tier);
    await store.admin.audit({ adminEmail: req.admin.email, action: 'grant tier', target: userId, detail: { tier } });
    res.redirect(303, `/admin/users/${userId}?done=granted`);
  }));

  router.post('/admin/users/:id/revoke', onUser(async (req, res, userId) => {
    const ended = await endPlans(plansDeps, userId);
    await store.admin.audit({ adminEmail: req.admin.email, action: 'revoke tier', target: userId, detail: { grants: ended.grantsRevoked, cancelled: ended.paidCancelled.join('; ') || 'none', leftToCancel: ended.leftToCancel.join('; ') || 'none' } });
    res.redirect(303, `/admin/users/${userId}?done=${ended.leftToCancel.length ? 'revoked-partly' : 'revoked'}`);
  }));

  router.post('/admin/users/:id/delete', onUser(async (req, res, userId) => {
    if (req.body.confirm !== 'yes') return void res.redirect(303, `/admin/users/${userId}`);
    // The same as the user's own /forget: billing stops, jobs and caches go, then files and rows.
    const report = await forgetUser({ store, files: deps.files, queue: deps.queue, billing: deps.providers, now, forgetCaches: (id) => deps.forgetUser(id) }, userId);
    await store.admin.audit({ adminEmail: req.admin.email, action: 'delete user data', target: userId, detail: { files: report.files, jobs: report.jobs, cancelledPlans: report.cancelledPlans, ...report.rows } });
    res.redirect(303, '/admin/users');
  }));

  router.post('/admin/jobs/:id/retry', page(async (req, res) => {
    const retried = await deps.queue.retry(idOf(req));
    await store.admin.audit({ adminEmail: req.admin.email, action: 'retry job', target: idOf(req), detail: { retried } });
    res.redirect(303, '/admin');
  }));

  router.get('/admin/subscriptions', page(async (req, res) => send(res, 200, 'Subscriptions', subscriptionsPage(await store.admin.subscriptions(200)), req.admin, '/admin/subscriptions')));
  router.get('/admin/usage', page(async (req, res) => send(res, 200, 'Usage', usagePage(await store.admin.usage(monthStart(now()), 20)), req.admin, '/admin/usage')));
  router.get('/admin/audit', page(async (req, res) => send(res, 200, 'Audit log', auditPage(await store.admin.auditLog(200)), req.admin, '/admin/audit')));

  router.post('/admin/logout', page(async (req, res) => {
    await auth.signOut(req, res);
    res.redirect(303, '/admin/login');
  }));
  return router;
}

const notices: Record<string, string> = {
  granted: 'Plan granted. The audit log has the entry.',
  revoked: 'Plan revoked; paid subscriptions were cancelled at their provider. The audit log has the entry.',
  'revoked-partly': "Plan revoked here, but a paid subscription's provider is not configured on this server: cancel it in that provider's dashboard (the audit log names it).",
};
const noticeOf = (req: Request) => notices[String(req.query.done ?? '')];
const htmlText = (text: string): Html => html`<p>${text}</p>`;
const idOf = (req: Request) => String(req.params.id);

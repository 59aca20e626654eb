import type { AdminSession, Dashboard } from '../../core/admin/admin-store.ts';
import type { FailedJobInfo, QueueHealth } from '../../core/ports/job-queue.ts';
import { csrfField, html, money, when, type Html } from '../html.ts';

export interface DashboardView {
  figures: Dashboard;
  /** Monthly recurring revenue from paid subscriptions (admin grants excluded). */
  mrrUsd: number;
  queue: QueueHealth;
  failed: FailedJobInfo[];
}

export function dashboardPage({ figures, mrrUsd, queue, failed }: DashboardView, session: AdminSession): Html {
  const paid = figures.activeSubscriptions.filter((s) => s.provider !== 'manual').reduce((n, s) => n + s.count, 0);
  const granted = figures.activeSubscriptions.filter((s) => s.provider === 'manual').reduce((n, s) => n + s.count, 0);
  const aiCost = figures.aiCostThisMonth.reduce((sum, r) => sum + r.costUsd, 0);
  return html`<section class="cards">
  <div class="card" data-figure="users">Users<b>${figures.users}</b>${figures.newUsersThisMonth} new this month</div>
  <div class="card" data-figure="subscriptions">Active subscriptions<b>${paid}</b>${granted} granted by admins</div>
  <div class="card" data-figure="mrr">MRR<b>${money(mrrUsd)}</b>from paid plans</div>
  <div class="card" data-figure="ai-cost">AI cost this month<b>${money(aiCost)}</b>${figures.aiCostThisMonth.reduce((n, r) => n + r.calls, 0)} calls</div>
  <div class="card" data-figure="queue">Queue<b>${queue.waiting}</b>waiting · ${queue.active} running · ${queue.failed} failed (${queue.kind})</div>
</section>
<h2>AI cost this month by provider and model</h2>
<table><thead><tr><th>Provider</th><th>Model</th><th>Calls</th><th>Tokens</th><th>Cost</th></tr></thead><tbody>
${figures.aiCostThisMonth.length ? figures.aiCostThisMonth.map((r) => html`<tr><td data-label="Provider">${r.provider}</td><td data-label="Model">${r.model}</td><td data-label="Calls">${r.calls}</td><td data-label="Tokens">${r.tokens.toLocaleString('en-US')}</td><td data-label="Cost">${money(r.costUsd)}</td></tr>`) : html`<tr><td colspan="5">No AI calls this month (the offline coach is free).</td></tr>`}
</tbody></table>
<h2>Failed jobs</h2>
<table><thead><tr><th>Job</th><th>Failed</th><th>Tries</th><th>Reason</th><th></th></tr></thead><tbody>
${failed.length ? failed.map((j) => html`<tr><td data-label="Job">${j.name}<br><small>${j.jobId}</small></td><td data-label="Failed">${when(j.failedAt)}</td><td data-label="Tries">${j.attempts}</td><td data-label="Reason">${j.reason}</td>
<td><form class="inline" method="post" action="/admin/jobs/${encodeURIComponent(j.jobId)}/retry">${csrfField(session)}<button>Retry</button></form></td></tr>`) : html`<tr><td colspan="5">None.</td></tr>`}
</tbody></table>`;
}

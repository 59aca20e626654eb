import type { AdminSession, UserRow } from '../../core/admin/admin-store.ts';
import type { QuotaStatus } from '../../core/billing/quota.ts';
import { quotaKinds, quotaNames, type Tier, type TierPlan } from '../../core/billing/tiers.ts';
import { csrfField, html, when, type Html } from '../html.ts';

export function userPage(user: UserRow, quota: QuotaStatus, tiers: Record<Tier, TierPlan>, session: AdminSession, notice?: string): Html {
  const plan = quota.entitlement;
  const source = plan.subscription ? `${plan.subscription.provider}, ${plan.subscription.status}` : 'no subscription';
  return html`${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
<section class="cards">
  <div class="card" data-figure="plan">Plan<b>${tiers[plan.tier].label}</b>${source}</div>
  <div class="card">Identities<b>${user.identities.length}</b>${user.identities.join(', ')}</div>
  <div class="card">Joined<b>${when(user.createdAt).slice(0, 10)}</b>user ${user.id}</div>
</section>
<h2>This month</h2>
<table><thead><tr><th>Quota</th><th>Used</th><th>Limit</th></tr></thead><tbody>
${quotaKinds.map((k) => html`<tr><td data-label="Quota">${quotaNames[k][1]}</td><td data-label="Used">${quota.used[k].toLocaleString('en-US')}</td><td data-label="Limit">${quota.limits[k].toLocaleString('en-US')}</td></tr>`)}
</tbody></table>
<h2>Actions</h2>
<form class="inline" method="post" action="/admin/users/${user.id}/grant">${csrfField(session)}
  <select name="tier" aria-label="Tier"><option value="pro">Pro</option><option value="team">Team</option></select><button>Grant</button>
</form>
<form class="inline" method="post" action="/admin/users/${user.id}/revoke">${csrfField(session)}<button>Revoke plan</button></form>
<form class="inline" method="post" action="/admin/users/${user.id}/delete">${csrfField(session)}
  <label><input type="checkbox" name="confirm" value="yes" required> Delete everything stored about ${user.displayName}</label><button class="danger">Delete data</button>
</form>`;
}

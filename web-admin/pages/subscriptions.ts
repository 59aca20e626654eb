import type { Subscription } from '../../core/billing/subscription.ts';
import { html, when, type Html } from '../html.ts';

export function subscriptionsPage(rows: Array<Subscription & { userName: string | null }>): Html {
  return html`<table><thead><tr><th>User</th><th>Plan</th><th>Status</th><th>Provider</th><th>Renews</th><th>Updated</th></tr></thead><tbody>
${rows.length ? rows.map((s) => html`<tr>
  <td data-label="User">${s.userId ? html`<a href="/admin/users/${s.userId}">${s.userName ?? s.userId}</a>` : (s.workspaceId ?? '—')}</td>
  <td data-label="Plan">${s.tier}${s.seats > 1 ? ` × ${s.seats}` : ''}</td><td data-label="Status">${s.status}</td>
  <td data-label="Provider">${s.provider}${s.subscriptionId ? html`<br><small>${s.subscriptionId}</small>` : ''}</td>
  <td data-label="Renews">${when(s.currentPeriodEnd)}</td><td data-label="Updated">${when(s.updatedAt)}</td></tr>`) : html`<tr><td colspan="6">No subscriptions yet.</td></tr>`}
</tbody></table>`;
}

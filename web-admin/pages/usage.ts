import type { UsageReport } from '../../core/admin/admin-store.ts';
import { html, money, type Html } from '../html.ts';

export function usagePage(report: UsageReport): Html {
  return html`<h2>AI by task, this month</h2>
<table><thead><tr><th>Task</th><th>Calls</th><th>Tokens</th><th>Cost</th></tr></thead><tbody>
${report.byTask.length ? report.byTask.map((t) => html`<tr><td data-label="Task">${t.task}</td><td data-label="Calls">${t.calls}</td><td data-label="Tokens">${t.tokens.toLocaleString('en-US')}</td><td data-label="Cost">${money(t.costUsd)}</td></tr>`) : html`<tr><td colspan="4">No AI calls this month.</td></tr>`}
</tbody></table>
<h2>Heaviest users, this month</h2>
<table><thead><tr><th>User</th><th>Calls</th><th>Tokens</th><th>Cost</th></tr></thead><tbody>
${report.topUsers.length ? report.topUsers.map((u) => html`<tr><td data-label="User"><a href="/admin/users/${u.userId}">${u.displayName}</a></td><td data-label="Calls">${u.calls}</td><td data-label="Tokens">${u.tokens.toLocaleString('en-US')}</td><td data-label="Cost">${money(u.costUsd)}</td></tr>`) : html`<tr><td colspan="4">Nobody yet.</td></tr>`}
</tbody></table>`;
}

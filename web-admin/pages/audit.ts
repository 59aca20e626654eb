import type { AuditEntry } from '../../core/admin/admin-store.ts';
import { html, when, type Html } from '../html.ts';

export function auditPage(entries: AuditEntry[]): Html {
  return html`<table><thead><tr><th>When</th><th>Admin</th><th>Action</th><th>Target</th><th>Detail</th></tr></thead><tbody>
${entries.length ? entries.map((e) => html`<tr><td data-label="When">${when(e.createdAt)}</td><td data-label="Admin">${e.adminEmail}</td><td data-label="Action">${e.action}</td><td data-label="Target">${e.target ?? '—'}</td><td data-label="Detail">${Object.entries(e.detail).map(([k, v]) => `${k}: ${String(v)}`).join(', ')}</td></tr>`) : html`<tr><td colspan="5">Nothing yet.</td></tr>`}
</tbody></table>`;
}

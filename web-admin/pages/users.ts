import type { UserRow } from '../../core/admin/admin-store.ts';
import { html, when, type Html } from '../html.ts';

export function usersPage(query: string, users: UserRow[]): Html {
  return html`<form method="get" action="/admin/users" class="inline" role="search">
  <input name="q" value="${query}" placeholder="Name, user id or platform id" aria-label="Search users" style="min-width:16rem">
  <button>Search</button>
</form>
<table><thead><tr><th>Name</th><th>Identities</th><th>Joined</th></tr></thead><tbody>
${users.length ? users.map((u) => html`<tr><td data-label="Name"><a href="/admin/users/${u.id}">${u.displayName}</a></td><td data-label="Identities">${u.identities.join(', ')}</td><td data-label="Joined">${when(u.createdAt)}</td></tr>`) : html`<tr><td colspan="3">No users match.</td></tr>`}
</tbody></table>`;
}

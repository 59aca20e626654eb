// Server-rendered pages: one layout, escaped text, and a small stylesheet that turns tables into
// stacked cards on a phone.
import type { AdminSession } from '../core/admin/admin-store.ts';

export function escape(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A tagged template that escapes every interpolated value unless it is already markup. */
export class Html {
  constructor(readonly markup: string) {}
  toString() {
    return this.markup;
  }
}
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  return new Html(strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i]) : ''), ''));
}
function render(value: unknown): string {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  return escape(value);
}

export const money = (usd: number) => `$${usd.toFixed(2)}`;
export const when = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 16).replace('T', ' ') : '—');

/** A hidden field every form carries; the server checks it against the session's token. */
export const csrfField = (session: AdminSession) => html`<input type="hidden" name="_csrf" value="${session.csrfToken}">`;

const style = `
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1d2330;background:#f5f6f8}
header{background:#1d2330;color:#fff;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center}
header a{color:#fff;text-decoration:none;margin-right:.6rem}header a[aria-current]{text-decoration:underline}header form{margin-left:auto}
main{max-width:1100px;margin:0 auto;padding:1rem}h1{font-size:1.35rem;margin:.2rem 0 1rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:.75rem;margin-bottom:1.2rem}
.card{background:#fff;border-radius:8px;padding:.8rem;box-shadow:0 1px 2px #0001;overflow-wrap:anywhere}.card b{display:block;font-size:1.5rem}
table{width:100%;border-collapse:collapse;background:#fff;border-radius:8px;overflow:hidden;margin-bottom:1.2rem}
th,td{text-align:left;padding:.5rem .6rem;border-bottom:1px solid #eee;vertical-align:top}th{background:#fafbfc;font-weight:600}
button,input,select{font:inherit;padding:.45rem .7rem;border-radius:6px;border:1px solid #c8ccd4}button{background:#2d5be3;color:#fff;border:0;cursor:pointer}
button.danger{background:#c62828}form.inline{display:inline-flex;gap:.4rem;flex-wrap:wrap;margin:.2rem 0}
.notice{background:#e8f5e9;padding:.6rem .8rem;border-radius:6px;margin-bottom:1rem}.error{background:#fdecea}
@media (max-width:640px){table,thead,tbody,tr,th,td{display:block}thead{display:none}tr{border-bottom:8px solid #f5f6f8}td{border:0;padding:.3rem .6rem}
td[data-label]::before{content:attr(data-label) ": ";font-weight:600}}`;

const pages = [
  ['/admin', 'Dashboard'],
  ['/admin/users', 'Users'],
  ['/admin/subscriptions', 'Subscriptions'],
  ['/admin/usage', 'Usage'],
  ['/admin/audit', 'Audit log'],
] as const;

export function layout(title: string, body: Html, session?: AdminSession, current = ''): string {
  const nav = session
    ? html`<nav>${pages.map(([href, label]) => html`<a href="${href}"${new Html(href === current ? ' aria-current="page"' : '')}>${label}</a> `)}</nav>
      <form method="post" action="/admin/logout">${csrfField(session)}<button>Sign out ${session.email}</button></form>`
    : html``;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)} · IntervAI admin</title><style>${style}</style></head>
<body><header><strong>IntervAI admin</strong>${nav}</header><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

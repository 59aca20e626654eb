import { html, type Html } from '../html.ts';

export function loginPage(problem?: string): Html {
  return html`${problem ? html`<p class="notice error" role="alert">${problem}</p>` : ''}
<form method="post" action="/admin/login" style="display:grid;gap:.6rem;max-width:340px">
  <label>Email <input name="email" type="email" autocomplete="username" required style="width:100%"></label>
  <label>Password <input name="password" type="password" autocomplete="current-password" required style="width:100%"></label>
  <button>Sign in</button>
</form>
<p>No account yet? On the server: <code>npx intervai admin create you@example.com</code></p>`;
}

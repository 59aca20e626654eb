// Admin sign-in: bcrypt passwords, a random session token in an httpOnly, SameSite=Strict
// cookie (Secure over https) whose hash alone is stored, a CSRF token per session checked on
// every form post, and a limit on sign-in attempts per address and email.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { Request, Response } from 'express';
import type { AdminSession, AdminStore } from '../core/admin/admin-store.ts';

export const sessionCookie = 'intervai_admin';
const sessionHours = 12;
/** Sign-in attempts allowed per address and email in the window, before a pause. */
export const loginLimit = { attempts: 5, windowMs: 15 * 60_000 };
/** A real hash to compare against when the email is unknown, so both cases take as long. */
const decoyHash = bcrypt.hashSync('not-a-real-password', 10);

export const hashPassword = (password: string) => bcrypt.hash(password, 12);
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function createAuth(store: AdminStore, secureCookies: boolean, now: () => Date = () => new Date()) {
  const attempts = new Map<string, number[]>();

  return {
    /** False when this address and email have used up their attempts. */
    allowAttempt(req: Request, email: string): boolean {
      const key = `${req.ip}|${email.toLowerCase()}`;
      const since = now().getTime() - loginLimit.windowMs;
      const recent = (attempts.get(key) ?? []).filter((t) => t > since);
      recent.push(now().getTime());
      attempts.set(key, recent);
      if (attempts.size > 10_000) attempts.clear(); // a flood of addresses must not grow memory
      return recent.length <= loginLimit.attempts;
    },

    async signIn(res: Response, email: string, password: string): Promise<AdminSession | undefined> {
      const admin = await store.adminByEmail(email.trim());
      const ok = await bcrypt.compare(password, admin?.passwordHash ?? decoyHash);
      if (!admin || !ok) return undefined;
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      const expiresAt = new Date(now().getTime() + sessionHours * 3600_000);
      await store.startSession(admin.id, tokenHash(token), csrfToken, expiresAt);
      res.cookie(sessionCookie, token, { httpOnly: true, sameSite: 'strict', secure: secureCookies, path: '/admin', expires: expiresAt });
      return { adminId: admin.id, email: admin.email, csrfToken, expiresAt };
    },

    async session(req: Request): Promise<AdminSession | undefined> {
      const token = cookieValue(req, sessionCookie);
      return token ? store.session(tokenHash(token), now()) : undefined;
    },

    async signOut(req: Request, res: Response): Promise<void> {
      const token = cookieValue(req, sessionCookie);
      if (token) await store.endSession(tokenHash(token));
      res.clearCookie(sessionCookie, { path: '/admin' });
    },

    /** The form's token matches the session's (a page on another site cannot read it). */
    csrfOk(req: Request, session: AdminSession): boolean {
      const sent = Buffer.from(String((req.body as Record<string, unknown> | undefined)?._csrf ?? ''));
      const expected = Buffer.from(session.csrfToken);
      return sent.length === expected.length && timingSafeEqual(sent, expected);
    },
  };
}

// Admin sign-in: bcrypt passwords, a random session token in an httpOnly, SameSite=Strict
// cookie (Secure over https) whose hash alone is stored, a CSRF token per session checked on
// every form post, and a limit on sign-in attempts per address and email.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { Request, Response } from 'express';
import type { AdminSession, AdminStore } from '../core/admin/admin-store.ts';

export const sessionCookie = 'intervai_admin';
const sessionHours = 12;
/** Sign-in attempts allowed in the window: per address and email, and per address in all. */
export const loginLimit = { attempts: 5, perAddress: 20, windowMs: 15 * 60_000 };
/** Addresses and emails tracked at once; the oldest are forgotten first. */
const trackedKeys = 10_000;
const bcryptCost = 12;
/** A real hash to compare against when the email is unknown, so both cases take as long. */
const decoyHash = bcrypt.hashSync('not-a-real-password', bcryptCost);

export const hashPassword = (password: string) => bcrypt.hash(password, bcryptCost);
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
    /** False when this address (with this email, or with any) has used up its attempts. */
    allowAttempt(req: Request, email: string): boolean {
      const address = req.ip ?? 'unknown';
      const since = now().getTime() - loginLimit.windowMs;
      const count = (key: string, limit: number) => {
        const recent = (attempts.get(key) ?? []).filter((t) => t > since);
        // Once over the limit, times stop piling up: memory stays bounded per key.
        if (recent.length <= limit) recent.push(now().getTime());
        attempts.delete(key);
        attempts.set(key, recent);
        if (attempts.size > trackedKeys) attempts.delete(attempts.keys().next().value!);
        return recent.length <= limit;
      };
      const perEmail = count(`${address}|${email.trim().toLowerCase()}`, loginLimit.attempts);
      const perAddress = count(address, loginLimit.perAddress);
      return perEmail && perAddress;
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

// What the web admin reads and writes: admin accounts and their sessions, the audit log, and
// the figures and lists its pages show. db/repositories/admin.ts implements it.
import type { Subscription } from '../billing/subscription.ts';

export interface AdminAccount {
  id: string;
  email: string;
  passwordHash: string;
}

export interface AdminSession {
  adminId: string;
  email: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface AuditEntry {
  adminEmail: string;
  action: string;
  target: string | null;
  detail: Record<string, unknown>;
  createdAt: Date;
}

export interface Dashboard {
  users: number;
  newUsersThisMonth: number;
  /** Subscriptions that grant a plan now, by tier and provider ('manual' ones are admin grants). */
  activeSubscriptions: Array<{ tier: string; provider: string; count: number; seats: number }>;
  aiCostThisMonth: Array<{ provider: string; model: string; calls: number; tokens: number; costUsd: number }>;
}

export interface UsageReport {
  byTask: Array<{ task: string; calls: number; tokens: number; costUsd: number }>;
  topUsers: Array<{ userId: string; displayName: string; calls: number; tokens: number; costUsd: number }>;
}

export interface UserRow {
  id: string;
  displayName: string;
  createdAt: Date;
  /** "telegram:12345", "slack:T1/U2"… */
  identities: string[];
}

export interface AdminStore {
  createAdmin(email: string, passwordHash: string): Promise<'created' | 'exists'>;
  adminByEmail(email: string): Promise<AdminAccount | undefined>;
  /** Stores a session under the hash of its cookie token. */
  startSession(adminId: string, tokenHash: string, csrfToken: string, expiresAt: Date): Promise<void>;
  session(tokenHash: string, now: Date): Promise<AdminSession | undefined>;
  endSession(tokenHash: string): Promise<void>;
  audit(entry: Omit<AuditEntry, 'createdAt'>): Promise<void>;
  auditLog(limit: number): Promise<AuditEntry[]>;
  dashboard(monthStart: Date): Promise<Dashboard>;
  /** AI use since a time: by task, and the heaviest users. */
  usage(since: Date, limit: number): Promise<UsageReport>;
  /** By name, user id or platform id; newest first. */
  searchUsers(query: string, limit: number): Promise<UserRow[]>;
  user(userId: string): Promise<UserRow | undefined>;
  subscriptions(limit: number): Promise<Array<Subscription & { userName: string | null }>>;
  /** Removes the user and everything that hangs off them (conversations, resumes, interviews…). */
  deleteUser(userId: string): Promise<boolean>;
}

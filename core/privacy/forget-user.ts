// /forget: everything of a user goes, in an order that leaves nothing behind if a step fails
// and is run again: billing stops at the provider, their queued and finished jobs are
// removed, cached AI results and in-process hints are dropped, then their files and every
// row (the conversations, resumes, interviews, stories, plans, summaries, usage…).
import { endPlans } from '../billing/end-plans.ts';
import type { BillingProviders } from '../billing/subscription.ts';
import type { FileStore } from '../ports/file-store.ts';
import type { JobQueue } from '../ports/job-queue.ts';
import type { Store } from '../ports/store.ts';
import { deleteUserData } from './delete-user.ts';

export interface ForgetDeps {
  store: Store;
  files: FileStore;
  queue: JobQueue;
  billing: BillingProviders;
  now: () => Date;
  /** Drops what processes keep about the user: cached AI results, who is who in threads, open flows. */
  forgetCaches: (userId: string, conversationIds: string[]) => Promise<void>;
}

export interface ForgetReport {
  /** Rows deleted, by what they were ("resumes": 2). */
  rows: Record<string, number>;
  files: number;
  jobs: number;
  cancelledPlans: number;
}

export async function forgetUser(deps: ForgetDeps, userId: string): Promise<ForgetReport> {
  const tables = await deps.store.privacy.exportUser(userId);
  // Every id the user's rows carry: jobs name rows by id, never by the user.
  const ids = [userId, ...Object.values(tables).flatMap((rows) => rows.map((r) => (r as { id?: unknown }).id).filter((id): id is string => typeof id === 'string'))];
  const ended = await endPlans({ billing: deps.store.billing, providers: deps.billing, now: deps.now }, userId);
  const jobs = await deps.queue.forget(ids);
  await deps.forgetCaches(userId, (tables.conversations ?? []).map((c) => (c as { id: string }).id));
  const { files } = await deleteUserData(deps.store.admin, deps.files, userId);
  const rows = Object.fromEntries(Object.entries(tables).filter(([table, r]) => r.length > 0 && table !== 'user').map(([table, r]) => [table, r.length]));
  return { rows, files, jobs, cancelledPlans: ended.paidCancelled.length };
}

// Deleting a user's data: their stored files first (resumes, job descriptions, exports, report
// charts: every key is "<kind>/<userId>/…"), then the user row, which takes every table that
// hangs off it with it (conversations, messages, resumes, interviews, stories, plans, usage,
// subscriptions). Files first: if the database step fails, running it again finishes the job.
import type { AdminStore } from '../admin/admin-store.ts';
import { isUuid } from '../ids.ts';
import type { FileStore } from '../ports/file-store.ts';

export const userFilePrefixes = (userId: string) => ['uploads', 'job-descriptions', 'exports', 'reports'].map((kind) => `${kind}/${userId}/`);

export async function deleteUserData(admin: Pick<AdminStore, 'deleteUser'>, files: FileStore, userId: string): Promise<{ files: number; deleted: boolean }> {
  // The id becomes part of a path prefix: anything but a user id could reach other users' files.
  if (!isUuid(userId)) return { files: 0, deleted: false };
  let removed = 0;
  for (const prefix of userFilePrefixes(userId)) removed += await files.deleteAll(prefix);
  return { files: removed, deleted: await admin.deleteUser(userId) };
}

// /export-data: everything stored about a user, as one JSON file sent in the chat: who they
// are on each platform, their conversations, resumes and versions, job matches, interviews
// with scores and reports, pitches, stories, plans, AI usage and subscriptions.
import { randomUUID } from 'node:crypto';
import type { OutgoingMessage } from '../model/message.ts';
import type { FileStore } from '../ports/file-store.ts';

/** Reads every table that holds something of a user (db/repositories/privacy.ts). */
export interface PrivacyStore {
  /** Table name → the user's rows in it, as stored. */
  exportUser(userId: string): Promise<Record<string, unknown[]>>;
}

export async function exportUserData(privacy: PrivacyStore, files: FileStore, userId: string, now: Date): Promise<OutgoingMessage> {
  const tables = await privacy.exportUser(userId);
  const document = { exportedAt: now.toISOString(), format: 'intervai-user-export/1', userId, ...tables };
  const name = `intervai-data-${now.toISOString().slice(0, 10)}.json`;
  const fileKey = `exports/${userId}/${randomUUID()}/${name}`;
  await files.put(fileKey, Buffer.from(JSON.stringify(document, null, 2)), 'application/json');
  const counts = Object.entries(tables).filter(([, rows]) => rows.length > 0).map(([table, rows]) => `${table} ${rows.length}`);
  return {
    text: `📎 Everything I store about you, as JSON (${counts.join(', ')}). Uploaded files themselves stay out of it; /resume and /export give you those. /forget deletes it all.`,
    files: [{ name, mimeType: 'application/json', fileKey }],
  };
}

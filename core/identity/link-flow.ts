// /link: with no argument, a one-time code for this user; with a code made on another
// account, that account's user joins the code's maker. The maker's user is the one kept: they
// asked to be joined, so their ids, versions and plan stay as they are and the other
// account's history is added after theirs.
import type { ConversationRef, Outbox } from '../conversation/outbox.ts';
import type { FileStore } from '../ports/file-store.ts';
import type { Logger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import { userFilePrefixes } from '../privacy/delete-user.ts';
import { codeLifetimeMinutes, hashLinkCode, looksLikeLinkCode, newLinkCode, normalizeLinkCode } from './link-code.ts';
import * as replies from './link-replies.ts';

export interface LinkDeps {
  store: Store;
  files: FileStore;
  outbox: Outbox;
  logger: Logger;
  now: () => Date;
  /** Drops what processes keep about a user that no longer exists: who is who in threads, open flows, AI results. */
  forgetCaches: (userId: string, conversationIds: string[]) => Promise<void>;
}

/** `shared`: the chat is seen by others (a group, a channel), where a code must not be shown. */
export async function link(deps: LinkDeps, to: ConversationRef, userId: string, args: string, shared = false): Promise<void> {
  if (args.trim() === '') return shared ? void (await deps.outbox.send(to, replies.codeOnlyInPrivate())) : giveCode(deps, to, userId);
  return void (await deps.outbox.send(to, await redeem(deps, userId, normalizeLinkCode(args))));
}

async function giveCode(deps: LinkDeps, to: ConversationRef, userId: string): Promise<void> {
  const expiresAt = new Date(deps.now().getTime() + codeLifetimeMinutes * 60_000);
  // 31^8 codes: a clash with a live one is rare, and a fresh draw settles it.
  for (let attempt = 0; attempt < 3; attempt++) {
    const code = newLinkCode();
    if (!(await deps.store.links.createCode(userId, hashLinkCode(code), expiresAt))) continue;
    // A live code is a key to this profile: it is shown, never stored in the chat history.
    return deps.outbox.farewell(to.threadId, replies.linkCode(code));
  }
  throw new Error('no free link code after 3 draws');
}

async function redeem(deps: LinkDeps, senderUserId: string, code: string) {
  if (!looksLikeLinkCode(code)) return replies.unknownLinkCode();
  const codeHash = hashLinkCode(code);
  const owner = await deps.store.links.ownerOf(codeHash, deps.now());
  if (owner.outcome !== 'valid') return refusal(owner.outcome);
  if (owner.userId === senderUserId) return replies.alreadyLinked();

  // Files live in per-user folders: the sender's are copied into the kept user's first (the
  // merge renames the keys), so /forget of the merged user finds them all.
  for (const { key, mimeType } of await deps.store.links.fileKeysOf(senderUserId)) {
    const moved = key.replace(new RegExp(`^([a-z-]+)/${senderUserId}/`), `$1/${owner.userId}/`);
    if (moved !== key && (await deps.files.exists(key))) await deps.files.put(moved, await deps.files.get(key), mimeType);
  }
  const result = await deps.store.links.redeem(codeHash, senderUserId, deps.now());
  if (result.outcome !== 'linked') return refusal(result.outcome);

  const { report } = result;
  deps.logger.info({ keptUserId: report.keptUserId, absorbedUserId: report.absorbedUserId }, 'accounts linked');
  // Open flows live on the conversations, which moved with the user: they stay (an interview
  // under way carries on), so no conversation's flow is cleared.
  await deps.forgetCaches(report.absorbedUserId, []);
  // What is cached of the kept user (their language, AI answers from their old resume) may have changed too.
  await deps.forgetCaches(report.keptUserId, []);
  // What is left in the absorbed user's folders (exports already sent) has no row pointing at it.
  for (const prefix of userFilePrefixes(report.absorbedUserId)) {
    await deps.files.deleteAll(prefix).catch((error) => deps.logger.warn({ err: error }, 'files of a linked account could not be tidied'));
  }
  return replies.linked(report.platforms, report);
}

function refusal(outcome: 'unknown' | 'expired' | 'same-user') {
  return outcome === 'expired' ? replies.expiredLinkCode() : outcome === 'same-user' ? replies.alreadyLinked() : replies.unknownLinkCode();
}

// The storage port of /link (db/repositories/links.ts): one-time codes, stored as hashes, and
// the merge of two users into one when a code is redeemed from the other account.
import type { Platform } from '../model/message.ts';

export interface MergeReport {
  /** The user who made the code: they keep going, with everything of the other account. */
  keptUserId: string;
  absorbedUserId: string;
  /** Both had an interview under way: the absorbed account's one was ended. */
  endedInterview: boolean;
  /** Both had an active prep plan: the absorbed account's one was cancelled. */
  cancelledPlan: boolean;
  /** Every platform the merged user now has an account on. */
  platforms: Platform[];
}

export type RedeemOutcome =
  | { outcome: 'linked'; report: MergeReport }
  /** Unknown code, or one already used (used codes are deleted). */
  | { outcome: 'unknown' }
  | { outcome: 'expired' }
  /** The code was made by the same user that sent it. */
  | { outcome: 'same-user' };

export interface LinkStore {
  /** Stores a new code for the user; their earlier unused codes stop working. False if the hash is taken. */
  createCode(userId: string, codeHash: string, expiresAt: Date): Promise<boolean>;
  /** Who made a live code, without using it (so their files can be made ready before the merge). */
  ownerOf(codeHash: string, now: Date): Promise<Exclude<RedeemOutcome, { outcome: 'linked' }> | { outcome: 'valid'; userId: string }>;
  /**
   * In one transaction: checks the code, moves every row of the sender's user to the code's
   * owner, deletes the sender's user and the code. File keys in the absorbed user's folders
   * ("uploads/<absorbed>/…") are renamed to the kept user's; the caller copies the files first.
   */
  redeem(codeHash: string, senderUserId: string, now: Date): Promise<RedeemOutcome>;
  /** File keys the user's rows point at (resume uploads, report charts), to be copied before a merge. */
  fileKeysOf(userId: string): Promise<Array<{ key: string; mimeType: string }>>;
}

// /link codes and the merge of two users. The merge runs in one transaction: the few tables
// whose unique rules could clash are settled first (resume versions, the one active interview
// and plan, practice questions, stories drawn from the same source), then every column that
// references users.id — found in the catalog, so a table added later moves too — is pointed
// at the kept user, and the absorbed user's row is deleted.
import { sql, type SQL } from 'drizzle-orm';
import type { LinkStore, MergeReport } from '../../core/identity/link-store.ts';
import type { Platform } from '../../core/model/message.ts';
import { rowsOf, type Db } from '../database.ts';
import { isUniqueViolation } from './resumes.ts';

type Runner = Pick<Db, 'execute'>;

async function rows<T>(db: Runner, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

/** "uploads/<absorbed>/x" → "uploads/<kept>/x": the caller has copied the files to those keys. */
const renamedKey = (column: SQL, kept: string, absorbed: string) =>
  sql`regexp_replace(${column}, ${`^([a-z-]+)/${absorbed}/`}, ${`\\1/${kept}/`})`;

async function mergeUsers(db: Runner, kept: string, absorbed: string): Promise<MergeReport> {
  // Locked in a fixed order, so no row of either user can be added while they move (inserts
  // referencing a user wait for the lock) and two merges cannot deadlock.
  const locked = await rows<{ id: string }>(db, sql`SELECT id FROM users WHERE id IN (${kept}, ${absorbed}) ORDER BY id FOR UPDATE`);
  if (locked.length !== 2) throw new Error('both users must exist to be merged');

  // Versions stay 1, 2, 3… per user: the absorbed user's follow the kept user's highest.
  await db.execute(sql`
    UPDATE resumes SET
      version = version + (SELECT coalesce(max(version), 0) FROM resumes WHERE user_id = ${kept}),
      file_key = ${renamedKey(sql`file_key`, kept, absorbed)},
      user_id = ${kept}
    WHERE user_id = ${absorbed}`);

  // One interview and one plan under way per user: the kept user's ones go on.
  const ended = await rows(db, sql`
    UPDATE interview_sessions SET status = 'ended', ended_at = now()
    WHERE user_id = ${absorbed} AND status = 'active'
      AND EXISTS (SELECT 1 FROM interview_sessions WHERE user_id = ${kept} AND status = 'active')
    RETURNING id`);
  await db.execute(sql`
    UPDATE interview_sessions SET report = jsonb_set(report, '{chartKey}', to_jsonb(${renamedKey(sql`report->>'chartKey'`, kept, absorbed)}))
    WHERE user_id = ${absorbed} AND report->>'chartKey' IS NOT NULL`);
  const cancelled = await rows(db, sql`
    UPDATE prep_plans SET status = 'cancelled'
    WHERE user_id = ${absorbed} AND status = 'active'
      AND EXISTS (SELECT 1 FROM prep_plans WHERE user_id = ${kept} AND status = 'active')
    RETURNING id`);

  // A question both practise stays the kept user's item; the absorbed one's retries join it.
  await db.execute(sql`
    UPDATE practice_attempts a SET item_id = k.id
    FROM practice_items x JOIN practice_items k ON k.user_id = ${kept} AND k.question = x.question
    WHERE x.user_id = ${absorbed} AND a.item_id = x.id`);
  await db.execute(sql`
    DELETE FROM practice_items x USING practice_items k
    WHERE x.user_id = ${absorbed} AND k.user_id = ${kept} AND k.question = x.question`);
  // A story drawn from the same source (the same resume bullet) is kept once.
  await db.execute(sql`
    DELETE FROM stories x USING stories k
    WHERE x.user_id = ${absorbed} AND k.user_id = ${kept} AND k.source_ref = x.source_ref`);

  // A language the user chose on the other account beats one the kept account only detected.
  await db.execute(sql`
    UPDATE users k SET
      language = CASE WHEN x.language_chosen AND NOT k.language_chosen THEN x.language ELSE coalesce(k.language, x.language) END,
      language_chosen = k.language_chosen OR x.language_chosen
    FROM users x WHERE k.id = ${kept} AND x.id = ${absorbed}`);

  // The absorbed user's codes die with them; everything else moves.
  await db.execute(sql`DELETE FROM link_codes WHERE user_id = ${absorbed}`);
  const references = await rows<{ table: string; column: string }>(db, sql`
    SELECT c.conrelid::regclass::text AS "table", a.attname AS "column"
    FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.contype = 'f' AND c.confrelid = 'users'::regclass AND array_length(c.conkey, 1) = 1
    ORDER BY 1`);
  for (const { table, column } of references) {
    await db.execute(sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = ${kept} WHERE ${sql.identifier(column)} = ${absorbed}`);
  }
  await db.execute(sql`DELETE FROM users WHERE id = ${absorbed}`);

  const platforms = await rows<{ platform: Platform }>(db, sql`SELECT DISTINCT platform FROM platform_identities WHERE user_id = ${kept} ORDER BY platform`);
  return {
    keptUserId: kept,
    absorbedUserId: absorbed,
    endedInterview: ended.length > 0,
    cancelledPlan: cancelled.length > 0,
    platforms: platforms.map((p) => p.platform),
  };
}

export function createLinkRepository(db: Db): LinkStore {
  return {
    async createCode(userId, codeHash, expiresAt) {
      try {
        await db.transaction(async (tx) => {
          // A new code replaces the user's earlier ones; long-expired codes of anyone are tidied here too.
          await tx.execute(sql`DELETE FROM link_codes WHERE user_id = ${userId} OR expires_at < now() - interval '1 day'`);
          await tx.execute(sql`INSERT INTO link_codes (code_hash, user_id, expires_at) VALUES (${codeHash}, ${userId}, ${expiresAt.toISOString()})`);
        });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    async ownerOf(codeHash, now) {
      const [code] = await rows<{ userId: string; expiresAt: string | Date }>(db, sql`SELECT user_id AS "userId", expires_at AS "expiresAt" FROM link_codes WHERE code_hash = ${codeHash}`);
      if (!code) return { outcome: 'unknown' };
      if (new Date(code.expiresAt) <= now) return { outcome: 'expired' };
      return { outcome: 'valid', userId: code.userId };
    },

    async redeem(codeHash, senderUserId, now) {
      return db.transaction(async (tx) => {
        // Locked, so a code sent twice at once is used once.
        const [code] = await rows<{ userId: string; expiresAt: string | Date }>(tx, sql`
          SELECT user_id AS "userId", expires_at AS "expiresAt" FROM link_codes WHERE code_hash = ${codeHash} FOR UPDATE`);
        if (!code) return { outcome: 'unknown' } as const;
        if (new Date(code.expiresAt) <= now) {
          await tx.execute(sql`DELETE FROM link_codes WHERE code_hash = ${codeHash}`);
          return { outcome: 'expired' } as const;
        }
        if (code.userId === senderUserId) return { outcome: 'same-user' } as const;
        const report = await mergeUsers(tx, code.userId, senderUserId);
        await tx.execute(sql`DELETE FROM link_codes WHERE code_hash = ${codeHash}`);
        return { outcome: 'linked', report } as const;
      });
    },

    async fileKeysOf(userId) {
      return rows<{ key: string; mimeType: string }>(db, sql`
        SELECT file_key AS key, mime_type AS "mimeType" FROM resumes WHERE user_id = ${userId} AND file_key IS NOT NULL
        UNION SELECT report->>'chartKey', 'image/png' FROM interview_sessions WHERE user_id = ${userId} AND report->>'chartKey' IS NOT NULL`);
    },
  };
}

// /link codes and the merge of two users, on PGlite and on the machine's Postgres: after a
// code is redeemed, no row anywhere names the absorbed user, and every clash (resume versions,
// two active interviews and plans, the same practice question or story twice) is settled.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { hashLinkCode, newLinkCode } from '../../core/identity/link-code.ts';
import type { Store } from '../../core/ports/store.ts';
import { createTempDatabase } from '../../test-helpers/postgres.ts';
import { createTempDir } from '../../test-helpers/temp-dir.ts';
import { openDatabase, rowsOf, type Database } from '../database.ts';
import { createStore } from '../store.ts';

const now = new Date('2026-11-26T09:00:00Z');
const inMinutes = (m: number) => new Date(now.getTime() + m * 60_000);
const kayAccount = { platform: 'slack' as const, workspaceId: 'T1', platformUserId: 'kay', displayName: 'Kay' };
const exAccount = { platform: 'telegram' as const, workspaceId: '', platformUserId: 'ex', displayName: 'Kay on Telegram' };

function linkContract(name: string, open: () => Promise<{ database: Database; cleanup(): Promise<void> }>) {
  describe(name, () => {
    let database: Database;
    let store: Store;
    let cleanup: () => Promise<void>;
    before(async () => {
      ({ database, cleanup } = await open());
      store = createStore(database);
    });
    after(async () => {
      await store.close();
      await cleanup();
    });
    const run = (query: ReturnType<typeof sql>) => database.db.execute(query).then((r) => rowsOf<Record<string, unknown>>(r));

    /** A user with a bit of everything, some of it clashing with the other user's. */
    async function userWithData(account: typeof kayAccount | typeof exAccount, threadId: string, tag: string) {
      const conversation = await store.conversations.open(threadId, account);
      const userId = conversation.userId;
      await store.conversations.recordIncoming(conversation.id, `${tag}-m1`, `hello from ${tag}`, {});
      for (const file of ['a', 'b']) {
        await store.resumes.createUpload({ userId, fileName: `${tag}-${file}.pdf`, mimeType: 'application/pdf', sizeBytes: 1, fileKey: `uploads/${userId}/${tag}${file}/cv.pdf` });
      }
      await run(sql`INSERT INTO interview_sessions (user_id, status) VALUES (${userId}, 'active')`);
      await run(sql`INSERT INTO interview_sessions (user_id, status, report) VALUES (${userId}, 'reported', ${JSON.stringify({ overall: 3, chartKey: `reports/${userId}/c/chart.png` })}::jsonb)`);
      await store.plans.create({ userId, conversationId: conversation.id, interviewDate: '2026-12-10', company: tag, days: [] });
      for (const question of ['Tell me about a conflict', `Only ${tag} practises this`]) {
        await run(sql`INSERT INTO practice_items (user_id, question, last_score, fix, due_at) VALUES (${userId}, ${question}, 2, 'Say the result', now())`);
      }
      await run(sql`INSERT INTO practice_attempts (item_id, user_id, answer) SELECT id, user_id, ${`${tag} retry`} FROM practice_items WHERE user_id = ${userId} AND question = 'Tell me about a conflict'`);
      const story = { title: 'Payouts', situation: 'S', task: 'T', action: 'A', result: 'R', source: 'resume' as const };
      await store.stories.save(userId, { ...story, sourceRef: 'bullet:shared' });
      await store.stories.save(userId, { ...story, sourceRef: `bullet:${tag}` });
      await store.pitches.save(userId, `${tag} pitch`, 60);
      await run(sql`INSERT INTO usage_records (user_id, task, provider, model) VALUES (${userId}, 'chat', 'openai', 'gpt')`);
      return { userId, conversation };
    }

    test('a code is checked, merges the sender into its maker once, and leaves nothing of the sender', async () => {
      const kay = await userWithData(kayAccount, 'slack:T1:D1:', 'kay');
      const ex = await userWithData(exAccount, 'telegram:42:', 'ex');
      await run(sql`INSERT INTO subscriptions (user_id, provider, tier, status) VALUES (${ex.userId}, 'manual', 'pro', 'active')`);
      assert.equal((await store.billing.entitlement(kay.userId)).tier, 'free');

      const expired = newLinkCode();
      assert.equal(await store.links.createCode(kay.userId, hashLinkCode(expired), inMinutes(-1)), true);
      assert.deepEqual(await store.links.redeem(hashLinkCode(expired), ex.userId, now), { outcome: 'expired' });
      assert.deepEqual(await store.links.redeem(hashLinkCode(newLinkCode()), ex.userId, now), { outcome: 'unknown' });

      const replaced = newLinkCode();
      const code = newLinkCode();
      await store.links.createCode(kay.userId, hashLinkCode(replaced), inMinutes(15));
      await store.links.createCode(kay.userId, hashLinkCode(code), inMinutes(15));
      assert.deepEqual(await store.links.ownerOf(hashLinkCode(replaced), now), { outcome: 'unknown' }, 'a new code replaces the earlier one');
      assert.deepEqual(await store.links.ownerOf(hashLinkCode(code), now), { outcome: 'valid', userId: kay.userId });
      assert.deepEqual(await store.links.redeem(hashLinkCode(code), kay.userId, now), { outcome: 'same-user' });
      assert.deepEqual((await store.links.fileKeysOf(ex.userId)).map((f) => f.key).sort(), [
        `reports/${ex.userId}/c/chart.png`, `uploads/${ex.userId}/exa/cv.pdf`, `uploads/${ex.userId}/exb/cv.pdf`,
      ]);

      const result = await store.links.redeem(hashLinkCode(code), ex.userId, now);
      assert.equal(result.outcome, 'linked');
      assert.ok(result.outcome === 'linked');
      assert.deepEqual(result.report, {
        keptUserId: kay.userId, absorbedUserId: ex.userId, endedInterview: true, cancelledPlan: true, platforms: ['slack', 'telegram'],
      });
      assert.deepEqual(await store.links.redeem(hashLinkCode(code), ex.userId, now), { outcome: 'unknown' }, 'a code works once');

      // Nothing anywhere still names the absorbed user: not a user_id, not a file key.
      const tables = await run(sql`SELECT tablename FROM pg_tables WHERE schemaname = current_schema()`);
      for (const { tablename } of tables) {
        const [hit] = await run(sql`SELECT count(*)::int AS n FROM ${sql.identifier(String(tablename))} t WHERE t::text LIKE ${`%${ex.userId}%`}`);
        assert.equal(hit!.n, 0, `${tablename} still names the absorbed user`);
      }

      // The Telegram account is now Kay, with both histories.
      const reopened = await store.conversations.open('telegram:42:', exAccount);
      assert.deepEqual([reopened.userId, reopened.id, reopened.isNewUser], [kay.userId, ex.conversation.id, false]);
      const versions = await store.resumes.versions(kay.userId);
      assert.deepEqual(versions.map((v) => [v.version, v.fileName, v.fileKey]), [
        [4, 'ex-b.pdf', `uploads/${kay.userId}/exb/cv.pdf`], [3, 'ex-a.pdf', `uploads/${kay.userId}/exa/cv.pdf`],
        [2, 'kay-b.pdf', `uploads/${kay.userId}/kayb/cv.pdf`], [1, 'kay-a.pdf', `uploads/${kay.userId}/kaya/cv.pdf`],
      ]);
      const sessions = await run(sql`SELECT status, report->>'chartKey' AS chart FROM interview_sessions WHERE user_id = ${kay.userId} ORDER BY status, chart`);
      assert.deepEqual(sessions.map((s) => s.status), ['active', 'ended', 'reported', 'reported'], 'one interview goes on; the other was ended');
      assert.ok(sessions.every((s) => s.chart === null || String(s.chart).startsWith(`reports/${kay.userId}/`)));
      assert.deepEqual((await run(sql`SELECT status, company FROM prep_plans WHERE user_id = ${kay.userId} ORDER BY status`)).map((p) => [p.status, p.company]), [['active', 'kay'], ['cancelled', 'ex']]);
      const practice = await run(sql`
        SELECT i.question, count(a.id)::int AS attempts FROM practice_items i LEFT JOIN practice_attempts a ON a.item_id = i.id
        WHERE i.user_id = ${kay.userId} GROUP BY i.question ORDER BY i.question`);
      assert.deepEqual(practice.map((p) => [p.question, p.attempts]), [['Only ex practises this', 0], ['Only kay practises this', 0], ['Tell me about a conflict', 2]]);
      assert.deepEqual((await store.stories.list(kay.userId)).map((s) => s.title).length, 3, 'the shared source is kept once');
      assert.equal((await run(sql`SELECT count(*)::int AS n FROM usage_records WHERE user_id = ${kay.userId}`))[0]!.n, 2);
      assert.equal((await store.billing.entitlement(kay.userId)).tier, 'pro', "the absorbed account's plan counts for the merged user");
      assert.equal((await store.conversations.history('telegram:42:', 10))[0]?.text, 'hello from ex');
    });

    test('a user that is deleted takes their link codes along', async () => {
      const { userId } = await store.conversations.open('slack:T1:D9:', { ...kayAccount, platformUserId: 'gone' });
      await store.links.createCode(userId, hashLinkCode(newLinkCode()), inMinutes(15));
      assert.equal(await store.admin.deleteUser(userId), true);
      assert.equal((await run(sql`SELECT count(*)::int AS n FROM link_codes WHERE user_id = ${userId}`))[0]!.n, 0);
    });
  });
}

linkContract('links on PGlite', async () => {
  const dir = await createTempDir();
  return { database: await openDatabase({ kind: 'pglite', dataDir: dir.path }), cleanup: dir.remove };
});

linkContract('links on Postgres', async () => {
  const temp = await createTempDatabase();
  return { database: await openDatabase({ kind: 'postgres', url: temp.url }), cleanup: temp.drop };
});

// Migrations, repositories and both vector-search paths, on PGlite (with pgvector) and on the
// machine's Postgres (without it).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Store } from '../core/ports/store.ts';
import { createTempDatabase, testPostgresUrl, type TempDatabase } from '../test-helpers/postgres.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';
import { openStore } from './store.ts';

const account = { platform: 'web' as const, workspaceId: '', platformUserId: 'u1', displayName: 'Alice' };

function storeContract(name: string, open: () => Promise<{ store: Store; cleanup(): Promise<void> }>, expectedMode: string) {
  describe(name, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    before(async () => ({ store, cleanup } = await open()));
    after(async () => {
      await store.close();
      await cleanup();
    });

    test('migrations applied and vector mode detected', async () => {
      await store.ping();
      assert.equal(store.knowledge.vectorSearchMode, expectedMode);
    });

    test('first contact creates a user, identity and conversation once', async () => {
      const first = await store.conversations.open('web:u1:', account);
      const again = await store.conversations.open('web:u1:', account);
      assert.equal(first.isNewUser, true);
      assert.equal(again.isNewUser, false);
      assert.equal(again.id, first.id);
      const otherThread = await store.conversations.open('web:u1:other', account);
      assert.equal(otherThread.userId, first.userId, 'same platform account maps to the same user');
      const colleague = await store.conversations.open('web:u1:', { ...account, platformUserId: 'u9', displayName: 'Bob' });
      assert.equal(colleague.id, first.id, 'same thread');
      assert.notEqual(colleague.userId, first.userId, 'a second person in a shared thread is their own user');
      assert.equal(colleague.isNewUser, true);
    });

    test('incoming messages are recorded once per platform id; history keeps order', async () => {
      const conv = await store.conversations.open('web:u2:', { ...account, platformUserId: 'u2' });
      assert.equal(await store.conversations.recordIncoming(conv.id, 'm1', 'hello', {}), true);
      assert.equal(await store.conversations.recordIncoming(conv.id, 'm1', 'hello', {}), false);
      const outId = await store.conversations.recordOutgoing(conv.id, { text: 'hi', buttons: [{ label: 'Help', actionId: 'command', value: '/help' }] });
      await store.conversations.updateOutgoing(outId, { text: 'hi there' });
      await store.conversations.setPlatformMessageId(outId, 'p-1');
      const stored = await store.conversations.getOutgoing(outId);
      assert.equal(stored?.threadId, 'web:u2:');
      assert.equal(stored?.platformMessageId, 'p-1');
      assert.equal(stored?.message.text, 'hi there');
      const history = await store.conversations.history('web:u2:', 10);
      assert.deepEqual(history.map((h) => [h.direction, h.text]), [['in', 'hello'], ['out', 'hi there']]);
    });

    test('receive() creates on first contact, then records in one step, and spots redeliveries', async () => {
      const bob = { ...account, platformUserId: 'bob', displayName: 'Bob' };
      const first = await store.conversations.receive('web:bob:', bob, 'r1', 'hi', {});
      assert.equal(first.firstTime, true);
      assert.equal(first.conversation.isNewUser, true);
      const second = await store.conversations.receive('web:bob:', bob, 'r2', 'again', { attachments: [] });
      assert.deepEqual([second.firstTime, second.conversation.isNewUser, second.conversation.id, second.conversation.userId], [true, false, first.conversation.id, first.conversation.userId]);
      const redelivered = await store.conversations.receive('web:bob:', bob, 'r2', 'again', {});
      assert.equal(redelivered.firstTime, false);
      assert.deepEqual((await store.conversations.history('web:bob:', 10)).map((h) => h.text), ['hi', 'again']);
    });

    test('resume uploads get increasing versions, are parsed, and can be marked or removed', async () => {
      const conv = await store.conversations.open('web:u3:', { ...account, platformUserId: 'u3' });
      const upload = { userId: conv.userId, fileName: 'cv.pdf', mimeType: 'application/pdf', sizeBytes: 10, fileKey: 'k1' };
      const [a, b] = await Promise.all([store.resumes.createUpload(upload), store.resumes.createUpload({ ...upload, fileKey: 'k2' })]);
      assert.deepEqual([a.version, b.version].sort(), [1, 2]);
      const first = a.version === 1 ? a : b;
      await store.resumes.setStatus(first.id, 'parsing');
      assert.equal((await store.resumes.get(first.id))?.status, 'parsing');
      assert.equal(await store.resumes.parsedVersion(conv.userId), undefined);
      const parsed = { basics: { name: 'Ada', profiles: [] }, work: [], education: [], skills: [], projects: [], certificates: [], languages: [] };
      await store.resumes.saveParsed(first.id, { detectedType: 'pdf', sha256: 'abc', parsed, warnings: [{ code: 'no-work', message: 'm' }], source: 'rules' });
      const saved = await store.resumes.parsedVersion(conv.userId);
      assert.deepEqual([saved?.version, saved?.status, saved?.parsed.basics.name, saved?.warnings[0]?.code, saved?.parseSource], [1, 'parsed', 'Ada', 'no-work', 'rules']);
      assert.equal((await store.resumes.parsedVersion(conv.userId, 2)), undefined);
      assert.deepEqual((await store.resumes.versions(conv.userId)).map((v) => v.version), [2, 1]);
      const second = first === a ? b : a;
      await store.resumes.markFailed(second.id, 'encrypted');
      assert.equal((await store.resumes.get(second.id))?.failureReason, 'encrypted');
      await store.resumes.remove(second.id);
      assert.equal(await store.resumes.get(second.id), undefined);
    });

    test('plans: one active per user even when two are made at once; past ones are not active', async () => {
      const conv = await store.conversations.open('web:planner:', { ...account, platformUserId: 'planner' });
      const day = { date: '2026-12-04', title: 'Interview day', tasks: [] };
      const base = { userId: conv.userId, conversationId: conv.id, days: [day] };
      await Promise.all([store.plans.create({ ...base, interviewDate: '2026-12-04', company: 'Acme' }), store.plans.create({ ...base, interviewDate: '2026-12-08', company: 'Globex' })]);
      const active = await store.plans.active(conv.userId, '2026-12-01');
      assert.ok(active && ['Acme', 'Globex'].includes(active.company!));
      assert.equal(await store.plans.active(conv.userId, '2026-12-09'), undefined, 'an interview in the past is no active plan');
      assert.equal(await store.plans.cancel(conv.userId), true);
      assert.equal(await store.plans.cancel(conv.userId), false, 'both were made, one stayed active, and it is now cancelled');
    });

    test('stories: saved once per source; a skipped one is remembered and can still be saved later', async () => {
      const conv = await store.conversations.open('web:teller:', { ...account, platformUserId: 'teller' });
      const draft = { title: 'Faster payouts', situation: 'S', task: 'T', action: 'A', result: 'R', source: 'chat' as const, sourceRef: 'chat:1' };
      await store.stories.dismiss(conv.userId, draft);
      assert.deepEqual([...(await store.stories.decidedSources(conv.userId))], ['chat:1']);
      assert.equal((await store.stories.list(conv.userId)).length, 0);
      assert.equal(await store.stories.save(conv.userId, draft), true);
      assert.equal(await store.stories.save(conv.userId, draft), false);
      const [saved] = await store.stories.list(conv.userId);
      assert.equal(saved?.title, 'Faster payouts');
      assert.equal(await store.stories.remove(conv.userId, saved!.id), true);
    });

    test("a team plan covers everyone in its workspace, with quotas per seat pooled across them", async () => {
      const slack = (id: string) => ({ platform: 'slack' as const, workspaceId: 'T1', platformUserId: id, displayName: id });
      const buyer = await store.conversations.open('slack:T1:D1', slack('U1'));
      const colleague = await store.conversations.open('slack:T1:D2', slack('U2'));
      const outsider = await store.conversations.open('web:out:', { ...account, platformUserId: 'outsider' });
      await store.billing.applyEvent({ provider: 'stripe', eventId: 'evt_team', type: 'customer.subscription.created', occurredAt: new Date(),
        change: { provider: 'stripe', subscriptionId: 'sub_team', customerId: 'cus_t', userId: buyer.userId, workspaceId: 'slack:T1', tier: 'team', seats: 3, status: 'active' } });
      const plan = await store.billing.entitlement(colleague.userId);
      assert.deepEqual([plan.tier, plan.seats, plan.workspaceId], ['team', 3, 'slack:T1']);
      assert.equal((await store.billing.entitlement(outsider.userId)).tier, 'free');
      const upload = (userId: string) => store.resumes.createUpload({ userId, fileName: 'cv.pdf', mimeType: 'application/pdf', sizeBytes: 1, fileKey: `uploads/${userId}/x` });
      await upload(buyer.userId);
      await upload(colleague.userId);
      await upload(outsider.userId);
      const since = new Date(Date.now() - 60_000);
      assert.equal((await store.billing.usageSince({ workspaceId: 'slack:T1' }, since)).resumeParses, 2, 'both members, not the outsider');
      // An older event arriving late does not undo the newer state.
      await store.billing.applyEvent({ provider: 'stripe', eventId: 'evt_team_old', type: 'customer.subscription.updated', occurredAt: new Date(Date.now() - 3_600_000),
        change: { provider: 'stripe', subscriptionId: 'sub_team', customerId: 'cus_t', tier: 'team', seats: 3, status: 'canceled' } });
      assert.equal((await store.billing.entitlement(colleague.userId)).tier, 'team');
    });

    test('conversation memory: typed turns after a message, newest last; button presses are not turns', async () => {
      const conv = await store.conversations.open('web:memo:', { ...account, platformUserId: 'memo' });
      for (let i = 1; i <= 4; i++) await store.conversations.recordIncoming(conv.id, `m${i}`, `turn ${i}`, {});
      await store.conversations.recordIncoming(conv.id, 'press', 'save:abc', { action: 'story' });
      const turns = await store.memory.turnsAfter(conv.id, 0, 3);
      assert.deepEqual(turns.map((t) => t.text), ['turn 2', 'turn 3', 'turn 4']);
      await store.memory.save(conv.id, 'Talked about turns.', turns[0]!.seq);
      await store.memory.save(conv.id, 'Talked about more turns.', turns[1]!.seq);
      assert.deepEqual(await store.memory.load(conv.id), { summary: 'Talked about more turns.', throughSeq: turns[1]!.seq });
      assert.deepEqual((await store.memory.turnsAfter(conv.id, turns[1]!.seq, 10)).map((t) => t.text), ['turn 4']);
    });

    test('vector search ranks by cosine similarity and skips unchanged documents', async () => {
      const chunks = [
        { position: 0, heading: 'north', content: 'points north', embedding: [1, 0, 0] },
        { position: 1, heading: 'east', content: 'points east', embedding: [0, 1, 0] },
        { position: 2, heading: 'north-east', content: 'between', embedding: [0.7, 0.7, 0] },
      ];
      assert.equal(await store.knowledge.upsertDocument('compass.md', 'Compass', 'h1', 'test-model', chunks), true);
      assert.equal(await store.knowledge.upsertDocument('compass.md', 'Compass', 'h1', 'test-model', chunks), false);
      const hits = await store.knowledge.search('test-model', [0.9, 0.1, 0], 2);
      assert.deepEqual(hits.map((h) => h.heading), ['north', 'north-east']);
      assert.ok(Math.abs(hits[0]!.similarity - 0.9939) < 0.001);
      assert.deepEqual(await store.knowledge.search('other-model', [1, 0, 0], 2), []);
    });
  });
}

storeContract(
  'PGlite store',
  async () => {
    const dir = await createTempDir();
    const store = await openStore({ kind: 'pglite', dataDir: dir.path });
    return { store, cleanup: dir.remove };
  },
  'pgvector',
);

storeContract(
  'Postgres store',
  async () => {
    const database: TempDatabase = await createTempDatabase();
    const store = await openStore({ kind: 'postgres', url: database.url });
    return { store, cleanup: database.drop };
  },
  'exact-cosine',
);

test('an unreachable DATABASE_URL gives one clear sentence naming the fix', async () => {
  await assert.rejects(openStore({ kind: 'postgres', url: 'postgres://nobody@127.0.0.1:1/none' }), (error: Error) => {
    assert.match(error.message, /DATABASE_URL \(127\.0\.0\.1:1\/none\) is not reachable.*unset it/);
    return true;
  });
});

test('a missing database is named as such, not as unreachable', async () => {
  const url = new URL(testPostgresUrl);
  url.pathname = '/intervai_no_such_database';
  await assert.rejects(openStore({ kind: 'postgres', url: url.toString() }), /The database named in DATABASE_URL \(127\.0\.0\.1:5432\/intervai_no_such_database\) does not exist\. Create it/);
});

test('a second process on the same embedded data folder is refused clearly', async () => {
  const dir = await createTempDir();
  const { acquireDirectoryLock } = await import('./directory-lock.ts');
  const { writeFile } = await import('node:fs/promises');
  await writeFile(`${dir.path}/intervai.lock`, String(process.ppid));
  await assert.rejects(acquireDirectoryLock(dir.path), /in use by another IntervAI process/);
  await dir.remove();
});

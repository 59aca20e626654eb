import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { OutgoingMessage } from '../../core/model/message.ts';
import type { Conversation, ConversationStore, HistoryEntry, PlatformAccount, StoredOutgoing } from '../../core/ports/store.ts';
import { languageOfLocale } from '../../core/language/languages.ts';
import { rowsOf, type Db } from '../database.ts';
import { conversations, messages, platformIdentities, users } from '../schema.ts';

export function createConversationRepository(db: Db): ConversationStore {
  const repository: ConversationStore = {
    async receive(threadId, account, platformMessageId, text, extra) {
      // The hot path of every chat event: find sender and thread and record the message at once.
      const result = await db.execute(sql`
        WITH sender AS (
          SELECT pi.user_id, u.language, u.language_chosen FROM platform_identities pi JOIN users u ON u.id = pi.user_id
          WHERE pi.platform = ${account.platform} AND pi.workspace_id = ${account.workspaceId} AND pi.platform_user_id = ${account.platformUserId}
        ), thread AS (
          SELECT id FROM conversations WHERE thread_id = ${threadId}
        ), recorded AS (
          INSERT INTO messages (conversation_id, direction, platform_message_id, text, extra)
          SELECT thread.id, 'in', ${platformMessageId}, ${text}, ${JSON.stringify(extra)}::jsonb FROM thread, sender
          ON CONFLICT DO NOTHING
          RETURNING id
        )
        SELECT (SELECT user_id FROM sender) AS "userId", (SELECT language FROM sender) AS language, (SELECT language_chosen FROM sender) AS "languageChosen",
          (SELECT id FROM thread) AS "conversationId", (SELECT count(*) FROM recorded)::int AS recorded`);
      const [row] = rowsOf<{ userId: string | null; language: string | null; languageChosen: boolean | null; conversationId: string | null; recorded: number }>(result);
      if (row?.userId && row.conversationId) {
        const conversation = { id: row.conversationId, userId: row.userId, threadId, isNewUser: false, language: row.language, languageChosen: !!row.languageChosen };
        return { conversation, firstTime: row.recorded > 0 };
      }
      // First contact of this sender or thread: create what is missing, then record.
      const conversation = await repository.open(threadId, account);
      return { conversation, firstTime: await repository.recordIncoming(conversation.id, platformMessageId, text, extra) };
    },

    async open(threadId: string, account: PlatformAccount): Promise<Conversation> {
      // The sender is resolved on every event: in a shared channel each person is their own user.
      const { userId, isNewUser, language, languageChosen } = await findOrCreateUser(db, account);
      let conversation = await findConversation(db, threadId);
      if (!conversation) {
        await db
          .insert(conversations)
          .values({ userId, threadId, platform: account.platform })
          .onConflictDoNothing({ target: conversations.threadId });
        conversation = await findConversation(db, threadId);
        if (!conversation) throw new Error('conversation vanished after insert');
      }
      return { id: conversation.id, userId, threadId, isNewUser, language, languageChosen };
    },

    async recordIncoming(conversationId, platformMessageId, text, extra) {
      const inserted = await db
        .insert(messages)
        .values({ conversationId, direction: 'in', platformMessageId, text, extra })
        .onConflictDoNothing()
        .returning({ id: messages.id });
      return inserted.length > 0;
    },

    async recordOutgoing(conversationId, message, platformMessageId = null) {
      const [row] = await db
        .insert(messages)
        .values({ conversationId, direction: 'out', platformMessageId, text: message.text, extra: extraOf(message) })
        .returning({ id: messages.id });
      return row!.id;
    },

    async updateOutgoing(messageId, message) {
      await db
        .update(messages)
        .set({ text: message.text, extra: extraOf(message), updatedAt: sql`now()` })
        .where(eq(messages.id, messageId));
    },

    async setPlatformMessageId(messageId, platformMessageId) {
      await db.update(messages).set({ platformMessageId }).where(eq(messages.id, messageId));
    },

    async getOutgoing(messageId): Promise<StoredOutgoing | undefined> {
      const [row] = await db
        .select({
          id: messages.id,
          conversationId: messages.conversationId,
          threadId: conversations.threadId,
          platformMessageId: messages.platformMessageId,
          text: messages.text,
          extra: messages.extra,
        })
        .from(messages)
        .innerJoin(conversations, eq(conversations.id, messages.conversationId))
        .where(and(eq(messages.id, messageId), eq(messages.direction, 'out')));
      if (!row) return undefined;
      return { ...row, message: messageOf(row.text, row.extra) };
    },

    async history(threadId, limit): Promise<HistoryEntry[]> {
      const rows = await db
        .select({
          id: messages.id,
          direction: messages.direction,
          platformMessageId: messages.platformMessageId,
          text: messages.text,
          extra: messages.extra,
          createdAt: messages.createdAt,
        })
        .from(messages)
        .innerJoin(conversations, eq(conversations.id, messages.conversationId))
        .where(eq(conversations.threadId, threadId))
        .orderBy(desc(messages.seq))
        .limit(limit);
      return rows.reverse().map((r) => ({ ...r, message: messageOf(r.text, r.extra) }));
    },

    async threadOf(conversationId) {
      const [row] = await db.select({ threadId: conversations.threadId }).from(conversations).where(eq(conversations.id, conversationId));
      return row?.threadId;
    },

    async latestOf(userId) {
      // The thread of the user's newest message, whichever way it went.
      const [row] = await db
        .select({ conversationId: conversations.id, threadId: conversations.threadId })
        .from(conversations)
        .innerJoin(messages, eq(messages.conversationId, conversations.id))
        .where(eq(conversations.userId, userId))
        .orderBy(desc(messages.seq))
        .limit(1);
      return row;
    },

    async flowOf(conversationId) {
      const [row] = await db.select({ flow: conversations.activeFlow, state: conversations.flowState }).from(conversations).where(eq(conversations.id, conversationId));
      return row?.flow ? { flow: row.flow, state: row.state } : undefined;
    },

    async setFlow(conversationId, flow, state) {
      await db.update(conversations).set({ activeFlow: flow, flowState: flow ? (state ?? null) : null, updatedAt: sql`now()` }).where(eq(conversations.id, conversationId));
    },

    async recentIncomingKeys(since, limit) {
      const rows = await db
        .select({ threadId: conversations.threadId, platformMessageId: messages.platformMessageId })
        .from(messages)
        .innerJoin(conversations, eq(conversations.id, messages.conversationId))
        .where(and(eq(messages.direction, 'in'), gte(messages.createdAt, since)))
        .orderBy(desc(messages.seq))
        .limit(limit);
      return rows.reverse().map((r) => `${r.threadId}:${r.platformMessageId}`);
    },
  };
  return repository;
}

async function findConversation(db: Db, threadId: string) {
  const [row] = await db.select({ id: conversations.id }).from(conversations).where(eq(conversations.threadId, threadId));
  return row;
}

interface FoundUser {
  userId: string;
  isNewUser: boolean;
  language: string | null;
  languageChosen: boolean;
}

async function findOrCreateUser(db: Db, account: PlatformAccount): Promise<FoundUser> {
  const match = and(
    eq(platformIdentities.platform, account.platform),
    eq(platformIdentities.workspaceId, account.workspaceId),
    eq(platformIdentities.platformUserId, account.platformUserId),
  );
  const known = () =>
    db
      .select({ userId: platformIdentities.userId, language: users.language, languageChosen: users.languageChosen })
      .from(platformIdentities)
      .innerJoin(users, eq(users.id, platformIdentities.userId))
      .where(match);
  const [found] = await known();
  if (found) return { ...found, isNewUser: false };
  // A new user's first guess at their language is the platform's locale; their messages correct it.
  const language = languageOfLocale(account.locale) ?? null;
  const [user] = await db.insert(users).values({ displayName: account.displayName, locale: account.locale ?? null, language }).returning({ id: users.id });
  const { locale: _locale, ...identity } = account;
  const inserted = await db
    .insert(platformIdentities)
    .values({ ...identity, userId: user!.id })
    .onConflictDoNothing()
    .returning({ userId: platformIdentities.userId });
  if (inserted.length > 0) return { userId: user!.id, isNewUser: true, language, languageChosen: false };
  // Another process created this identity at the same moment: use theirs, drop ours.
  await db.delete(users).where(eq(users.id, user!.id));
  const [winner] = await known();
  return { ...winner!, isNewUser: false };
}

function extraOf(message: OutgoingMessage): Record<string, unknown> {
  return { buttons: message.buttons ?? [], files: message.files ?? [] };
}

/** Incoming uploads are shown in history as files too, by name (their bytes stay in FileStore). */
function messageOf(text: string, extra: Record<string, unknown>): OutgoingMessage {
  const attachments = (extra.attachments as Array<{ name: string; mimeType: string }> | undefined) ?? [];
  return {
    text,
    buttons: (extra.buttons as OutgoingMessage['buttons']) ?? [],
    files: (extra.files as OutgoingMessage['files']) ?? attachments.map((a) => ({ name: a.name, mimeType: a.mimeType, fileKey: '' })),
  };
}

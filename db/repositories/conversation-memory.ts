import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { MemoryStore } from '../../core/ports/store.ts';
import type { Db } from '../database.ts';
import { conversationMemory, messages } from '../schema.ts';

export function createConversationMemoryRepository(db: Db): MemoryStore {
  return {
    async load(conversationId) {
      const [row] = await db
        .select({ summary: conversationMemory.summary, throughSeq: conversationMemory.throughSeq })
        .from(conversationMemory)
        .where(eq(conversationMemory.conversationId, conversationId));
      return row;
    },
    async turnsAfter(conversationId, afterSeq, limit) {
      // The newest turns: anything older and not yet summarised (a long interview) is let go.
      const rows = await db
        .select({ seq: messages.seq, direction: messages.direction, text: messages.text })
        .from(messages)
        .where(and(eq(messages.conversationId, conversationId), gt(messages.seq, afterSeq), sql`${messages.extra}->>'action' IS NULL`))
        .orderBy(desc(messages.seq))
        .limit(limit);
      return rows.reverse();
    },
    async save(conversationId, summary, throughSeq) {
      await db
        .insert(conversationMemory)
        .values({ conversationId, summary, throughSeq })
        .onConflictDoUpdate({ target: conversationMemory.conversationId, set: { summary, throughSeq, updatedAt: sql`now()` } });
    },
  };
}

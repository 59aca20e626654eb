import { eq, notInArray, sql } from 'drizzle-orm';
import type { KnowledgeHit, KnowledgeStore } from '../../core/ports/store.ts';
import { rowsOf, type Db } from '../database.ts';
import { knowledgeChunks, knowledgeDocuments } from '../schema.ts';

/**
 * Knowledge chunks and their vector search. With pgvector the stored real[] is cast to vector
 * and ranked by its cosine operator; without it the same ranking is computed exactly in SQL.
 */
export function createKnowledgeRepository(db: Db, hasPgvector: boolean): KnowledgeStore {
  return {
    vectorSearchMode: hasPgvector ? 'pgvector' : 'exact-cosine',

    async upsertDocument(path, title, contentHash, model, chunks) {
      return db.transaction(async (tx) => {
        const [current] = await tx
          .select({ id: knowledgeDocuments.id, contentHash: knowledgeDocuments.contentHash })
          .from(knowledgeDocuments)
          .where(eq(knowledgeDocuments.path, path));
        if (current?.contentHash === contentHash) return false;
        const [doc] = await tx
          .insert(knowledgeDocuments)
          .values({ path, title, contentHash })
          .onConflictDoUpdate({ target: knowledgeDocuments.path, set: { title, contentHash, updatedAt: sql`now()` } })
          .returning({ id: knowledgeDocuments.id });
        await tx.delete(knowledgeChunks).where(eq(knowledgeChunks.documentId, doc!.id));
        if (chunks.length > 0) {
          await tx.insert(knowledgeChunks).values(
            chunks.map((c) => ({ ...c, documentId: doc!.id, embeddingModel: model, embeddingNorm: norm(c.embedding) })),
          );
        }
        return true;
      });
    },

    async contentHashes() {
      const rows = await db.select({ path: knowledgeDocuments.path, contentHash: knowledgeDocuments.contentHash }).from(knowledgeDocuments);
      return new Map(rows.map((r) => [r.path, r.contentHash]));
    },

    async removeAllExcept(paths) {
      const removed = await db
        .delete(knowledgeDocuments)
        .where(paths.length ? notInArray(knowledgeDocuments.path, paths) : undefined)
        .returning({ id: knowledgeDocuments.id });
      return removed.length;
    },

    async search(model, embedding, limit): Promise<KnowledgeHit[]> {
      const queryNorm = norm(embedding);
      if (queryNorm === 0) return [];
      const literal = `{${embedding.join(',')}}`;
      const similarity = hasPgvector
        ? sql`1 - (c.embedding::vector <=> ${literal}::real[]::vector)`
        : sql`(SELECT sum(a * b) FROM unnest(c.embedding, ${literal}::real[]) AS pair(a, b)) / nullif(c.embedding_norm * ${queryNorm}, 0)`;
      const result = await db.execute(sql`
        SELECT d.path AS "documentPath", d.title, c.heading, c.content, ${similarity} AS similarity
        FROM knowledge_chunks c JOIN knowledge_documents d ON d.id = c.document_id
        WHERE c.embedding_model = ${model} AND c.embedding_norm > 0
        ORDER BY similarity DESC NULLS LAST
        LIMIT ${limit}`);
      return rowsOf<KnowledgeHit>(result).map((r) => ({ ...r, similarity: Number(r.similarity) }));
    },
  };
}

function norm(vector: number[]): number {
  return Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));
}

// embed-knowledge: the team's guides (knowledge/guides/*.md) chunked, embedded and stored for
// search. Only files whose content (or embedding model) changed are embedded again; files that
// were removed leave the index.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AiGateway } from '../ai/gateway.ts';
import type { KnowledgeStore } from '../ports/store.ts';
import { parseGuide } from './chunk-markdown.ts';

export const guidesDir = new URL('../../knowledge/guides/', import.meta.url).pathname;

export interface IngestResult {
  embedded: number;
  unchanged: number;
  removed: number;
  model: string;
}

export async function ingestKnowledge(knowledge: KnowledgeStore, gateway: AiGateway, dir = guidesDir): Promise<IngestResult> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.md')).sort();
  const stored = await knowledge.contentHashes();
  // The model is part of the hash: switching embeddings re-embeds everything once.
  const model = gateway.embeddingModel();
  let embedded = 0;
  for (const file of files) {
    const path = `guides/${file}`;
    const markdown = await readFile(join(dir, file), 'utf8');
    const hash = createHash('sha256').update(`${model}\n${markdown}`).digest('hex');
    if (stored.get(path) === hash) continue;
    const { title, chunks } = parseGuide(markdown);
    const { vectors } = await gateway.embed({ userId: null }, chunks.map((c) => `${title}. ${c.heading}. ${c.content}`));
    await knowledge.upsertDocument(path, title, hash, model, chunks.map((c, i) => ({ ...c, embedding: vectors[i]! })));
    embedded++;
  }
  const removed = await knowledge.removeAllExcept(files.map((f) => `guides/${f}`));
  return { embedded, unchanged: files.length - embedded, removed, model };
}

/** The guides' sections closest to a question, best first. */
export async function searchKnowledge(knowledge: KnowledgeStore, gateway: AiGateway, userId: string | null, query: string, limit = 3) {
  const { model, vectors } = await gateway.embed({ userId }, [query]);
  return knowledge.search(model, vectors[0]!, limit);
}

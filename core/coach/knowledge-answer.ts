// The offline coach's second source: the team's guides. A question no written topic covers is
// answered with the closest guide sections, quoted and cited, when they are close enough.
import type { KnowledgeHit } from '../ports/store.ts';

/** Finds guide sections for a question (core/knowledge/ingest.ts searchKnowledge). */
export type KnowledgeSearch = (question: string) => Promise<KnowledgeHit[]>;

/** Lexical similarity below this is a shared word or two, not an answer. */
const minimumSimilarity = 0.2;

export function answerFromGuides(hits: KnowledgeHit[]): string | undefined {
  const relevant = hits.filter((h) => h.similarity >= minimumSimilarity).slice(0, 2);
  if (relevant.length === 0) return undefined;
  const body = relevant.map((h) => `**${h.heading}** (${h.title})\n${h.content}`);
  const sources = relevant.map((h) => `${h.documentPath} § ${h.heading}`).join('; ');
  return [...body, '', `_Sources: ${sources}_`].join('\n\n').replace(/\n{3,}/g, '\n\n');
}

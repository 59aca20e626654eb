// search_knowledge: the team's guide sections closest to a question, numbered so an answer
// can cite them ([1], [2]); the numbers index the turn's sources.
import { searchKnowledge } from '../../../knowledge/ingest.ts';
import type { KnowledgeHit } from '../../../ports/store.ts';
import type { TurnContext } from '../turn.ts';

/** Below this lexical similarity a section shares a word or two with the question, not an
 *  answer. Offline only: provider embeddings use another scale, and the model judges relevance. */
export const relevantSimilarity = 0.2;

export function sourceOf(hit: KnowledgeHit): string {
  return `${hit.documentPath} § ${hit.heading}`;
}

export function findGuideSections(context: Pick<TurnContext, 'store' | 'ai' | 'userId'>, query: string, limit = 3): Promise<KnowledgeHit[]> {
  return searchKnowledge(context.store.knowledge, context.ai, context.userId, query, limit);
}

/** The tool's text for the model; each section's source joins the turn's sources once. */
export async function searchGuides(context: TurnContext, query: string): Promise<string> {
  const hits = await findGuideSections(context, query, 4);
  if (hits.length === 0) return 'The guides are not indexed yet. Answer from general knowledge and say no guide was used.';
  return hits
    .map((hit) => {
      const source = sourceOf(hit);
      if (!context.effects.sources.includes(source)) context.effects.sources.push(source);
      return `[${context.effects.sources.indexOf(source) + 1}] ${hit.title} § ${hit.heading}\n${hit.content}`;
    })
    .join('\n\n');
}

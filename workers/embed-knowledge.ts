// embed-knowledge: keeps the knowledge index in step with knowledge/guides (see
// core/knowledge/ingest.ts). Queued at every start; unchanged guides cost nothing.
import type { AiGateway } from '../core/ai/gateway.ts';
import { ingestKnowledge } from '../core/knowledge/ingest.ts';
import type { Processor } from '../core/ports/job-queue.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Store } from '../core/ports/store.ts';

export function createEmbedKnowledge({ store, ai, logger }: { store: Store; ai: AiGateway; logger: Logger }): Processor<'embed-knowledge'> {
  return async () => {
    const result = await ingestKnowledge(store.knowledge, ai);
    logger.info(result, 'knowledge guides indexed');
  };
}

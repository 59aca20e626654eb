// The one processor registry both queue implementations run.
import type { AiGateway } from '../core/ai/gateway.ts';
import type { Delivery, Outbox } from '../core/conversation/outbox.ts';
import type { FileStore } from '../core/ports/file-store.ts';
import type { JobQueue, ProcessorRegistry } from '../core/ports/job-queue.ts';
import type { Coach } from '../core/coach/coach.ts';
import type { Flows } from '../core/conversation/flows.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Store } from '../core/ports/store.ts';
import type { ExtractionSandbox } from '../core/resume/text/sandbox.ts';
import { createEmbedKnowledge } from './embed-knowledge.ts';
import { createEvaluateAnswer } from './evaluate-answer.ts';
import { createInterviewReport } from './interview-report.ts';
import { createOptimizeResume } from './optimize-resume.ts';
import { createParseResume } from './parse-resume.ts';
import { createPlanReminder } from './plan-reminder.ts';
import { createPracticeDrill } from './practice-drill.ts';
import { createScoreDrill } from './score-drill.ts';
import { createPurgeExpired } from './purge-expired.ts';

export interface ProcessorDeps {
  store: Store;
  files: FileStore;
  outbox: Outbox;
  sandbox: ExtractionSandbox;
  ai: AiGateway;
  coach: Coach;
  logger: Logger;
  /** For jobs that queue their next run (purge-expired, drills). */
  queue: Pick<JobQueue, 'enqueue'>;
  /** Where free text goes; a drill DM opens its answer flow. */
  flows: Flows;
  /** Days resume files and transcripts are kept (RETENTION_DAYS). */
  retentionDays: number;
  now: () => Date;
}

/** Jobs a worker process runs. */
export function workerProcessors(deps: ProcessorDeps): ProcessorRegistry {
  return {
    'parse-resume': createParseResume(deps),
    'optimize-resume': createOptimizeResume(deps),
    'evaluate-answer': createEvaluateAnswer(deps),
    'embed-knowledge': createEmbedKnowledge(deps),
    'interview-report': createInterviewReport(deps),
    'plan-reminder': createPlanReminder(deps),
    'practice-drill': createPracticeDrill(deps),
    'score-drill': createScoreDrill(deps),
    'purge-expired': createPurgeExpired(deps),
  };
}

/** Jobs only a process holding the platform connections can run. */
export function botProcessors(delivery: Delivery): ProcessorRegistry {
  return { 'deliver-message': ({ messageId }) => delivery.deliver(messageId) };
}

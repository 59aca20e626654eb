// The Store port over a Database: the one place that wires repositories together.
import { sql } from 'drizzle-orm';
import type { Config } from '../core/config.ts';
import type { Store } from '../core/ports/store.ts';
import { openDatabase, type Database } from './database.ts';
import { createConversationRepository } from './repositories/conversations.ts';
import { createJobJournalRepository } from './repositories/job-journal.ts';
import { createKnowledgeRepository } from './repositories/knowledge.ts';
import { createInterviewRepository } from './repositories/interviews.ts';
import { createOptimizationRepository } from './repositories/optimizations.ts';
import { createPitchRepository } from './repositories/pitches.ts';
import { createPlanRepository } from './repositories/plans.ts';
import { createPracticeRepository } from './repositories/practice.ts';
import { createLanguageRepository } from './repositories/languages.ts';
import { createStoryRepository } from './repositories/stories.ts';
import { createConversationMemoryRepository } from './repositories/conversation-memory.ts';
import { createBillingRepository } from './repositories/billing.ts';
import { createAdminRepository } from './repositories/admin.ts';
import { createPrivacyRepository } from './repositories/privacy.ts';
import { createLinkRepository } from './repositories/links.ts';
import { createResumeRepository } from './repositories/resumes.ts';
import { createRetentionRepository } from './repositories/retention.ts';
import { createUsageRepository } from './repositories/usage.ts';

export function createStore(database: Database): Store {
  const { db } = database;
  const usage = createUsageRepository(db);
  return {
    kind: database.kind,
    jobJournal: (owner) => createJobJournalRepository(db, owner),
    conversations: createConversationRepository(db),
    resumes: createResumeRepository(db),
    optimizations: createOptimizationRepository(db),
    interviews: createInterviewRepository(db),
    pitches: createPitchRepository(db),
    stories: createStoryRepository(db),
    plans: createPlanRepository(db),
    practice: createPracticeRepository(db),
    languages: createLanguageRepository(db),
    memory: createConversationMemoryRepository(db),
    billing: createBillingRepository(db),
    admin: createAdminRepository(db),
    privacy: createPrivacyRepository(db),
    links: createLinkRepository(db),
    retention: createRetentionRepository(db),
    knowledge: createKnowledgeRepository(db, database.hasPgvector),
    usage,
    async ping() {
      await db.execute(sql`SELECT 1`);
    },
    async close() {
      await usage.flush().catch(() => {}); // its callers were told if it failed
      await database.close();
    },
  };
}

export async function openStore(config: Config['database']): Promise<Store> {
  return createStore(await openDatabase(config));
}

// An optimization: one job description held against one resume version, its match report and
// the rewrites suggested for the weakest bullets, each with the user's decision.
import type { MatchReport } from './match.ts';
import type { Requirements } from './requirements.ts';

export interface RewriteSuggestion {
  /** Which bullet: work[workIndex].highlights[bulletIndex] of the optimized version. */
  workIndex: number;
  bulletIndex: number;
  original: string;
  /** The proposed bullet; only facts from the resume (checked by grounding-check.ts). */
  rewrite: string;
  /** 'template': the offline coach's pattern in the user's own words, labelled as such. */
  source: 'ai' | 'template';
  /** A question for a number the bullet needs and the resume does not have. */
  askForMetric?: string;
  status: 'pending' | 'accepted' | 'edited' | 'skipped';
  /** The stored chat message showing it, edited once the user decides. */
  messageId?: string;
}

export interface OptimizationRecord {
  id: string;
  userId: string;
  resumeId: string | null;
  jobDescription: string;
  requirements: Requirements | null;
  report: MatchReport | null;
  suggestions: RewriteSuggestion[];
  matchScore: number | null;
  status: 'queued' | 'done' | 'failed';
  createdAt: Date;
}

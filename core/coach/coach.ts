// The coach's tasks, the same interface with AI (ai-coach.ts) or without (offline-coach.ts).
// Callers never know which one answers; the offline one labels its answers so the user does.
import { z } from 'zod';
import type { ChatTurn } from '../ai/tasks.ts';

export interface CoachContext {
  userId: string;
  /** Recent turns of this conversation, oldest first. */
  history: ChatTurn[];
}

export interface CoachAnswer {
  text: string;
  /** 'offline' answers come from rules and written guides, not a model. */
  source: 'ai' | 'offline';
}

export const rubricCriteria = ['situation', 'task', 'action', 'result', 'relevance', 'clarity', 'depth'] as const;

/** One criterion of the STAR rubric: a 1–5 score, the words of the answer behind it, one fix. */
export const criterionScoreSchema = z.object({
  score: z.number().int().min(1).max(5),
  evidence: z.string().describe('a short quote from the answer, or "" when nothing in it supports this criterion'),
  improvement: z.string().describe('one concrete thing to do better'),
});

export const answerEvaluationSchema = z.object(Object.fromEntries(rubricCriteria.map((c) => [c, criterionScoreSchema])) as Record<(typeof rubricCriteria)[number], typeof criterionScoreSchema>);
export type AnswerEvaluation = z.infer<typeof answerEvaluationSchema> & { source: 'ai' | 'offline' };

export interface Coach {
  readonly mode: 'ai' | 'offline';
  /** Free-text coaching; onText receives the growing answer when it streams. */
  answer(context: CoachContext, question: string, onText?: (textSoFar: string) => void): Promise<CoachAnswer>;
  /** Scores an interview answer on the STAR rubric. */
  evaluateAnswer(userId: string, question: string, answer: string): Promise<AnswerEvaluation>;
}

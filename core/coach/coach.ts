// The interview coach's tasks, the same interface with AI (ai-coach.ts) or without
// (offline-coach.ts). Callers never know which one answers; results say their source.
import { z } from 'zod';

export const rubricCriteria = ['situation', 'task', 'action', 'result', 'relevance', 'clarity', 'depth'] as const;

/** One criterion of the STAR rubric: a 1–5 score, the words of the answer behind it, one fix. */
export const criterionScoreSchema = z.object({
  score: z.number().int().min(1).max(5),
  evidence: z.string().describe('a short quote from the answer, or "" when nothing in it supports this criterion'),
  improvement: z.string().describe('one concrete thing to do better'),
});

export const answerEvaluationSchema = z.object(Object.fromEntries(rubricCriteria.map((c) => [c, criterionScoreSchema])) as Record<(typeof rubricCriteria)[number], typeof criterionScoreSchema>);
export type AnswerEvaluation = z.infer<typeof answerEvaluationSchema> & { source: 'ai' | 'offline' };

/** One interviewer turn: the question asked, the answer given, and how far this question went. */
export interface InterviewTurnInput {
  question: string;
  answer: string;
  /** Follow-ups already asked on this question; the interviewer moves on after the limit. */
  followUpsAsked: number;
  /** Role and company, so the interviewer's follow-up fits the persona. */
  role?: string;
  company?: string;
}

export const interviewTurnSchema = z.object({
  decision: z.enum(['follow_up', 'next_question']),
  reason: z.enum(['vague', 'no_result', 'no_personal_action', 'complete']).describe('why: the gap that the follow-up probes, or complete'),
  followUp: z.string().describe('the follow-up question to ask; "" when moving on'),
});
export type InterviewTurn = z.infer<typeof interviewTurnSchema> & { source: 'ai' | 'offline' };

/** One follow-up per question keeps an interview moving; a second is rarely worth it. */
export const maxFollowUpsPerQuestion = 1;

export interface Coach {
  readonly mode: 'ai' | 'offline';
  /** Scores an interview answer on the STAR rubric. */
  evaluateAnswer(userId: string, question: string, answer: string): Promise<AnswerEvaluation>;
  /** The interviewer's decision after an answer: probe a gap with a follow-up, or move on. */
  interviewTurn(userId: string, input: InterviewTurnInput): Promise<InterviewTurn>;
}

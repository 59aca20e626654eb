// The coach without a model: a STAR rubric scored by rules and an interviewer that follows up
// by rules. Useful on its own, and clearly labelled so nobody mistakes it for AI. (Free-text
// questions go to the Strategist, whose offline version is core/agents/strategist/offline-reply.ts.)
import { type AnswerEvaluation, type Coach } from './coach.ts';
import { offlineInterviewTurn } from './offline-interviewer.ts';
import { scoreAnswerByRules } from './rule-rubric.ts';

export function createOfflineCoach(): Coach {
  return {
    mode: 'offline',
    async evaluateAnswer(_userId, question, answer): Promise<AnswerEvaluation> {
      return { ...scoreAnswerByRules(question, answer), source: 'offline' };
    },
    async interviewTurn(_userId, input) {
      return offlineInterviewTurn(input);
    },
  };
}

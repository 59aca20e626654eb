// The coach without a model: intent matching over written answers, and a STAR rubric scored by
// rules. Useful on its own, and clearly labelled so nobody mistakes it for AI.
import { type AnswerEvaluation, type Coach } from './coach.ts';
import { offlineLabel, offlineTopics, unmatchedOfflineAnswer } from './offline-answers.ts';
import { answerFromGuides, type KnowledgeSearch } from './knowledge-answer.ts';
import { offlineInterviewTurn } from './offline-interviewer.ts';
import { scoreAnswerByRules } from './rule-rubric.ts';

/** `searchGuides` adds the knowledge guides as a second source, after the written topics. */
export function createOfflineCoach(searchGuides?: KnowledgeSearch): Coach {
  return {
    mode: 'offline',
    async answer(_context, question) {
      const topic = offlineTopics.find((t) => t.matches.test(question));
      if (topic) return { text: `${topic.answer}\n\n${offlineLabel}`, source: 'offline' };
      const fromGuides = searchGuides ? answerFromGuides(await searchGuides(question).catch(() => [])) : undefined;
      return { text: fromGuides ? `${fromGuides}\n\n${offlineLabel}` : unmatchedOfflineAnswer(), source: 'offline' };
    },
    async evaluateAnswer(_userId, question, answer): Promise<AnswerEvaluation> {
      return { ...scoreAnswerByRules(question, answer), source: 'offline' };
    },
    async interviewTurn(_userId, input) {
      return offlineInterviewTurn(input);
    },
  };
}

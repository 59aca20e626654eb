// The coach with a model behind it: every call goes through the AI gateway.
import type { AiGateway } from '../ai/gateway.ts';
import { modelInstruction } from '../language/language-replies.ts';
import { answerEvaluationSchema, interviewTurnSchema, maxFollowUpsPerQuestion, rubricCriteria, type Coach } from './coach.ts';

const evaluatorPrompt = () =>
  [
    'You score one interview answer on a STAR rubric. For each criterion give a score from 1 (missing) to 5 (excellent),',
    'quote the exact words of the answer that justify it (an empty string when nothing does), and one concrete improvement.',
    `Criteria: ${rubricCriteria.join(', ')}. Judge only what the answer says.`,
    // The improvements are read by the user; the quotes stay the answer's own words.
    ...languageNote('Write each improvement in that language; quote the evidence exactly as the candidate wrote it.'),
  ].join(' ');

const interviewerPrompt = (role?: string, company?: string) =>
  [
    `You are a friendly but rigorous interviewer${role ? ` for a ${role} role` : ''}${company ? ` at ${company}` : ''}.`,
    'After the candidate answers, decide: ask ONE short follow-up when the answer is vague (no specific example),',
    'has no result or metric, or says "we" without saying what the candidate did; otherwise move to the next question.',
    'Stay in role; never coach or praise at length.',
    ...languageNote('Ask the follow-up in that language.'),
  ].join(' ');

/** For a user who is not answered in English: which language to write in, and what that covers. */
function languageNote(detail: string): string[] {
  const instruction = modelInstruction();
  return instruction ? [instruction, detail] : [];
}

export function createAiCoach(ai: AiGateway): Coach {
  return {
    mode: 'ai',
    async evaluateAnswer(userId, question, answer) {
      const scores = await ai.structured({ task: 'evaluate', userId }, answerEvaluationSchema, [
        { role: 'system', content: evaluatorPrompt() },
        { role: 'user', content: `Question: ${question}\n\nAnswer: ${answer}` },
      ]);
      return { ...scores, source: 'ai' };
    },
    async interviewTurn(userId, input) {
      if (input.followUpsAsked >= maxFollowUpsPerQuestion) return { decision: 'next_question', reason: 'complete', followUp: '', source: 'ai' };
      const turn = await ai.structured({ task: 'interview', userId }, interviewTurnSchema, [
        { role: 'system', content: interviewerPrompt(input.role, input.company) },
        { role: 'user', content: `Question: ${input.question}\n\nAnswer: ${input.answer}` },
      ]);
      return { ...turn, source: 'ai' };
    },
  };
}

// The interviewer's follow-up decision without a model: the rule rubric finds what an answer
// lacks (a specific example, a result, the speaker's own part) and asks about the biggest gap.
import { maxFollowUpsPerQuestion, type InterviewTurn, type InterviewTurnInput } from './coach.ts';
import { answerRules, scoreAnswerByRules } from './rule-rubric.ts';
import { say } from '../language/current.ts';

const followUps = () =>
  say({
    en: {
      vague: 'Could you make that concrete? Pick one specific time: what was going on, and what did you do?',
      no_personal_action: 'You said "we" a lot. What did *you* personally do, step by step?',
      no_result: 'How did it turn out? If you can, put a number on it: time saved, users, revenue, errors.',
    },
    es: {
      vague: '¿Puedes concretarlo? Elige un momento específico: ¿qué estaba pasando y qué hiciste tú?',
      no_personal_action: 'Dijiste "nosotros" muchas veces. ¿Qué hiciste *tú* personalmente, paso a paso?',
      no_result: '¿Cómo salió? Si puedes, ponle una cifra: tiempo ahorrado, usuarios, ingresos, errores.',
    },
  });

export function offlineInterviewTurn(input: InterviewTurnInput): InterviewTurn {
  const next: InterviewTurn = { decision: 'next_question', reason: 'complete', followUp: '', source: 'offline' };
  if (input.followUpsAsked >= maxFollowUpsPerQuestion) return next;
  const words = input.answer.trim().split(/\s+/).filter(Boolean).length;
  const rubric = scoreAnswerByRules(input.question, input.answer);
  const { we, i } = answerRules();
  const saysWe = (input.answer.match(we) ?? []).length;
  const saysI = (input.answer.match(i) ?? []).length;
  const gap: keyof ReturnType<typeof followUps> | undefined =
    words < 25 ? 'vague' : rubric.action.score <= 2 && saysWe > saysI ? 'no_personal_action' : rubric.result.score <= 2 ? 'no_result' : undefined;
  return gap ? { decision: 'follow_up', reason: gap, followUp: followUps()[gap], source: 'offline' } : next;
}

// Moves to the next question, or closes the interview after the last one.
import { closing, movingOn, questionText } from '../prompts.ts';
import type { RoleplayStateType } from '../state.ts';

export function advance(state: RoleplayStateType): Partial<RoleplayStateType> {
  const next = state.position + 1;
  if (next >= state.questions.length) return { position: next, followUps: 0, openFollowUp: undefined, replies: [closing()], finished: true };
  const lead = state.intent === 'skip' ? [movingOn()] : [];
  return { position: next, followUps: 0, openFollowUp: undefined, replies: [...lead, questionText(state.questions[next]!, next, state.questions.length)] };
}

// The turns that need no judgement: repeating the question, a hint, and ending early.
import { endedEarly, hintPrefix, questionText } from '../prompts.ts';
import type { RoleplayStateType } from '../state.ts';

export function repeat(state: RoleplayStateType): Partial<RoleplayStateType> {
  const question = state.questions[state.position]!;
  return { replies: [state.openFollowUp ?? questionText(question, state.position, state.questions.length)] };
}

export function hint(state: RoleplayStateType): Partial<RoleplayStateType> {
  return { replies: [`${hintPrefix()} ${state.questions[state.position]!.hint}`] };
}

export function end(): Partial<RoleplayStateType> {
  return { replies: [endedEarly()], finished: true };
}

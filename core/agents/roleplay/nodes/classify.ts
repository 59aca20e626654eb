// Reads what the candidate wants: an answer, or one of the interview's own words.
import type { Intent, RoleplayStateType } from '../state.ts';

const words: Array<[Exclude<Intent, 'answer'>, RegExp]> = [
  ['skip', /^(skip|pass|next( question)?|i don'?t know)[.!]?$/i],
  ['repeat', /^(repeat|again|say (that|it) again|pardon|sorry\?|what\?|can you repeat( that| the question)?\??)[.!]?$/i],
  ['hint', /^(hint|a hint|give me a hint|help|i'?m stuck)[.!]?$/i],
  ['end', /^(\/?end|stop|quit|end (the )?interview)[.!]?$/i],
];

export function classify(state: RoleplayStateType): Partial<RoleplayStateType> {
  const text = state.input.trim();
  return { intent: words.find(([, pattern]) => pattern.test(text))?.[0] ?? 'answer' };
}

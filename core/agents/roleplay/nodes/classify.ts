// Reads what the candidate wants: an answer, or one of the interview's own words (in English
// or Spanish, whichever the candidate types).
import type { Intent, RoleplayStateType } from '../state.ts';

const words: Array<[Exclude<Intent, 'answer'>, RegExp]> = [
  ['skip', /^(skip|pass|next( question)?|i don'?t know|salta|saltar|paso|siguiente( pregunta)?|no (lo )?sé)[.!]?$/i],
  ['repeat', /^(repeat|again|say (that|it) again|pardon|sorry\?|what\?|can you repeat( that| the question)?\??|repite|repetir|otra vez|¿?cómo\?|¿?puedes repetir( la pregunta)?\??)[.!]?$/i],
  ['hint', /^(hint|a hint|give me a hint|help|i'?m stuck|pista|una pista|dame una pista|ayuda|estoy atascad[oa])[.!]?$/i],
  ['end', /^(\/?end|stop|quit|end (the )?interview|termina(r)?|para|terminar (la )?entrevista)[.!]?$/i],
];

export function classify(state: RoleplayStateType): Partial<RoleplayStateType> {
  const text = state.input.trim();
  return { intent: words.find(([, pattern]) => pattern.test(text))?.[0] ?? 'answer' };
}

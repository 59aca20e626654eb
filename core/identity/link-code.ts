// /link codes: ten characters (31^10, about 8·10^14: guessing one within its 15 minutes is out
// of reach even across many accounts), shown as two groups of five to type on a phone, from an
// alphabet without look-alikes (no 0/O, 1/I/L), drawn with crypto randomness. Only a hash is
// stored, so a database read reveals no usable code.
import { createHash, randomInt } from 'node:crypto';

const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const codeLength = 10;
export const codeLifetimeMinutes = 15;

/** A new code, as shown: "ABCDE-FGH23". */
export function newLinkCode(): string {
  let code = '';
  for (let i = 0; i < codeLength; i++) code += alphabet[randomInt(alphabet.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What the user typed, as it was issued: case, spaces and dashes do not matter. */
export function normalizeLinkCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export const looksLikeLinkCode = (code: string) => code.length === codeLength && [...code].every((c) => alphabet.includes(c));

export function hashLinkCode(code: string): string {
  return createHash('sha256').update(normalizeLinkCode(code)).digest('hex');
}

// The grounding checker: a rewrite may say things better, never say more. Every number, named
// organisation or product, and skill in a rewrite must already be in the user's resume; a
// rewrite that adds one is not shown.
import { findSkills } from './skill-finder.ts';

export interface GroundingResult {
  ok: boolean;
  /** The facts the rewrite adds, for logs and tests ("40%", "Google", "Kubernetes"). */
  added: string[];
}

/** Numbers with their kind: "40%" and "40 ms" are different facts; "1,500" is "1500". */
function numbersIn(text: string): string[] {
  return [...text.matchAll(/(\d+(?:[.,]\d+)*)\s*(%|percent\b)?/gi)].map((m) => `${m[1]!.replace(/,(?=\d{3}\b)/g, '')}${m[2] ? '%' : ''}`);
}

/** Words that start with a capital inside a sentence: names of employers, products, places. */
function namesIn(text: string): string[] {
  // A dot belongs to a name only inside it ("Node.js"); "Payments. Next" is two sentences.
  const word = "\\p{Lu}(?:[\\p{L}\\p{N}&'-]|\\.(?=[\\p{L}\\p{N}]))*";
  return [...text.matchAll(new RegExp(`(?<![.!?:]\\s|^)\\b(${word}(?:\\s+${word})*)`, 'gu'))].map((m) => m[1]!.replace(/[.']+$/, ''));
}

/** Numbers spelled out count too: "a team of five" is a claim about team size. */
const spelledNumbers = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|doubled|tripled|halved)\b/gi;

export function checkRewrite(rewrite: string, source: string): GroundingResult {
  const added: string[] = [];
  const sourceNumbers = new Set(numbersIn(source));
  for (const n of numbersIn(rewrite)) if (!sourceNumbers.has(n)) added.push(n);
  const sourceLower = source.toLowerCase();
  for (const word of rewrite.match(spelledNumbers) ?? []) if (!sourceLower.includes(word.toLowerCase())) added.push(word);
  const sourceSkills = new Set(findSkills(source).map((s) => s.name));
  for (const skill of findSkills(rewrite)) if (!sourceSkills.has(skill.name)) added.push(skill.name);
  for (const name of namesIn(rewrite)) if (!sourceLower.includes(name.toLowerCase())) added.push(name);
  return { ok: added.length === 0, added: [...new Set(added)] };
}

// Finds the vocabulary's skills in free text and names them canonically: "k8s" and
// "Kubernetes" are one skill. Short names ("Go", "R", "JS") only match in their usual case, so
// "go to market" is not the Go language.
import { caseSensitiveTerms, skillVocabulary } from './skill-vocabulary.ts';
import type { SkillEntry, SkillKind } from './skill-vocabulary-types.ts';

interface Index {
  /** Lower-cased spelling → entry, for the case-insensitive pattern. */
  folded: Map<string, SkillEntry>;
  /** Exact spelling → entry, for short names matched case-sensitively. */
  exact: Map<string, SkillEntry>;
  anyCase: RegExp;
  sameCase: RegExp;
}

let index: Index | undefined;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// Word edges that also respect "C++", "C#", "Node.js" and "CI/CD"; short names also stay out
// of hyphenated words ("C-level", "R-rated"), long ones do not ("Python-based").
const edges = (alternatives: string[], short = false) =>
  new RegExp(`(?<![\\p{L}\\p{N}+#${short ? '-' : ''}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}+#]|[.${short ? "'’-" : ''}][\\p{L}\\p{N}])`, 'gu');

/** "Go", "R", "SAFe", "iOS", "Excel": names whose case tells them from ordinary words ("go", "safe", "excel"). */
const exactTerms = new Set<string>(caseSensitiveTerms);
const matchesExactly = (spelling: string) => spelling.length <= 2 || exactTerms.has(spelling) || (spelling.length <= 5 && /\p{Lu}/u.test(spelling.slice(1)));

function buildIndex(): Index {
  const folded = new Map<string, SkillEntry>();
  const exact = new Map<string, SkillEntry>();
  for (const entry of skillVocabulary) {
    for (const spelling of [entry.name, ...entry.aliases]) {
      if (matchesExactly(spelling)) exact.set(spelling, entry);
      else folded.set(spelling.toLowerCase(), entry);
    }
  }
  // Longest first, so "Google Cloud Platform" wins over "Google Cloud".
  const byLength = (a: string, b: string) => b.length - a.length;
  return {
    folded,
    exact,
    anyCase: new RegExp(edges([...folded.keys()].sort(byLength).map(escape)).source, 'giu'),
    sameCase: edges([...exact.keys()].sort(byLength).map(escape), true),
  };
}

export interface FoundSkill {
  name: string;
  kind: SkillKind;
}

/** Every vocabulary skill the text mentions, once each, in order of first mention. */
export function findSkills(text: string): FoundSkill[] {
  index ??= buildIndex();
  const found = new Map<string, { entry: SkillEntry; at: number }>();
  const note = (entry: SkillEntry | undefined, at: number) => {
    if (entry && (!found.has(entry.name) || found.get(entry.name)!.at > at)) found.set(entry.name, { entry, at });
  };
  for (const match of text.matchAll(index.anyCase)) note(index.folded.get(match[0].toLowerCase()), match.index);
  if (index.exact.size > 0) for (const match of text.matchAll(index.sameCase)) note(index.exact.get(match[0]), match.index);
  return [...found.values()].sort((a, b) => a.at - b.at).map(({ entry }) => ({ name: entry.name, kind: entry.kind }));
}

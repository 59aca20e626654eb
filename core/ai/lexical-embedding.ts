// The offline embedding: lexical, not semantic. Words, word pairs and character trigrams are
// hashed into a fixed number of dimensions with sublinear term weights, then normalised, so
// texts sharing vocabulary land close together. Deterministic and local, so RAG works with no
// key; its model name says what it is, and its vectors are never mixed with a provider's.
// Words are stemmed (lexical-stem.ts) and synonyms folded together (lexical-synonyms.ts) first,
// so "failed" meets "failure" and "boss" meets "manager".
import { stem } from './lexical-stem.ts';
import { shorthand, synonymGroups } from './lexical-synonyms.ts';

export const lexicalModelName = 'lexical-hash-1024-v3';
const dimensions = 1024;

// Question words and fillers carry no topic: "how should I…" must not match every "how" in a guide.
const stopWords = new Set(
  ('a an and are as at be but by for from has have i in is it its me my of on or our so that the their then there they this to was we were what when which who will with you your ' +
    'how do does did should would could can may might many much get got very about into more most some any if not no also just than too up out all been being had here where why ' +
    'am im ive id dont make makes one two them those these there us do doing way ways thing things really good best through ' +
    'cant wont didnt doesnt isnt arent wasnt youre theyre whats thats hows ill youll youve wouldnt shouldnt couldnt ' +
    'kinda sorta gonna wanna gotta lol ok okay hey hi hello literally actually totally something anything everything').split(' '),
);

/** Words nearly every career text uses: they count a little, so the topic words decide. */
const commonStems = new Set(
  'interview interviews interviewer interviewers company companies role roles job jobs answer answers question questions team work career'.split(' ').map(stem),
);

/** Lower-case words of a text, accents and apostrophes dropped ("company's" → "companys"), chat shorthand written out. */
function words(text: string): string[] {
  const raw = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[\p{L}\p{N}+#.'’]+/gu) ?? [];
  return raw
    .map((w) => w.replace(/['’]/g, '').replace(/\.+$/, ''))
    .flatMap((w) => (shorthand[w] ?? w).split(' '))
    .filter(Boolean);
}

/** Stems of a text's topic words, before synonyms are applied. */
const contentStems = (text: string) => words(text).filter((w) => !stopWords.has(w)).map(stem);

/**
 * Synonym entries as stem sequences, keyed by their first stem, longest first, each with the stems
 * of its group's canonical entry. Built once through the same pipeline as the text it is matched in.
 * The canonical entry maps to itself, so a canonical phrase ("role play") is never split up by a
 * shorter entry of another group ("role" → "job").
 */
const synonyms = (() => {
  const byFirst = new Map<string, Array<{ stems: string[]; canonical: string[] }>>();
  for (const group of synonymGroups) {
    const canonical = contentStems(group[0]!);
    for (const entry of group) {
      const stems = contentStems(entry);
      const list = byFirst.get(stems[0]!) ?? [];
      list.push({ stems, canonical });
      byFirst.set(stems[0]!, list.sort((a, b) => b.stems.length - a.stems.length));
    }
  }
  return byFirst;
})();

/** The text's topic words as stems, each synonym (the longest that matches at a position) replaced by its group's canonical stems. */
export function lexicalTerms(text: string): string[] {
  const stems = contentStems(text);
  const terms: string[] = [];
  for (let i = 0; i < stems.length; ) {
    const match = synonyms.get(stems[i]!)?.find(({ stems: entry }) => entry.every((s, k) => stems[i + k] === s));
    if (match) {
      terms.push(...match.canonical);
      i += match.stems.length;
    } else {
      terms.push(stems[i]!);
      i++;
    }
  }
  return terms;
}

function hash(text: string): number {
  // FNV-1a: fast, stable across runs and machines.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function lexicalEmbedding(text: string): number[] {
  const counts = new Map<string, number>();
  const add = (feature: string, weight: number) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
  const terms = lexicalTerms(text);
  terms.forEach((term, i) => {
    add(`w:${term}`, commonStems.has(term) ? 0.3 : 1);
    // Word pairs in either order: "negotiate salary" and "salary negotiation" share a pair.
    if (i > 0) add(`b:${[terms[i - 1], term].sort().join(' ')}`, 0.5);
    // Trigrams catch spelling variants; spread over a word, they weigh about as much as a word.
    const padded = ` ${term} `;
    const share = 0.5 / Math.max(1, padded.length - 2);
    for (let c = 0; c + 3 <= padded.length; c++) add(`c:${padded.slice(c, c + 3)}`, share);
  });
  const vector = new Array<number>(dimensions).fill(0);
  for (const [feature, count] of counts) {
    const h = hash(feature);
    // The sign bit spreads collisions out instead of letting them pile up.
    // log1p keeps the weight sublinear and positive for fractional feature weights too.
    vector[h % dimensions]! += (h & 0x80000000 ? -1 : 1) * Math.log1p(count);
  }
  const norm = Math.hypot(...vector);
  return norm === 0 ? vector : vector.map((v) => v / norm);
}

/** Cosine similarity of any two vectors (0 when either is all zeros). */
export function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! ** 2;
    nb += b[i]! ** 2;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

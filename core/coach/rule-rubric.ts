// The STAR rubric scored by rules, for the offline coach: cue phrases find the situation, task,
// actions and results; word overlap measures relevance; sentence length and fillers measure
// clarity; length and numbers measure depth. Every score quotes the sentence behind it.
import type { rubricCriteria } from './coach.ts';
import { say } from '../language/current.ts';
import { spanishRules } from './rule-rubric-es.ts';

type Criterion = (typeof rubricCriteria)[number];
type Scores = Record<Criterion, { score: number; evidence: string; improvement: string }>;

/** The words the rubric looks for, in one language: answers are read in the reply language. */
export interface AnswerRules {
  cues: Record<'situation' | 'task' | 'action' | 'result', RegExp>;
  fillers: RegExp;
  stop: Set<string>;
  wordsOf: (text: string) => string[];
  /** "We" and "I" (global patterns, counted with match). */
  we: RegExp;
  i: RegExp;
}

const cues: AnswerRules['cues'] = {
  situation: /\b(?:when|while|at (?:my|our|the) (?:last|previous|old|current)|in (?:19|20)\d\d|last (?:year|quarter|month)|our team|the company|the project|back then|context)\b/i,
  task: /\b(?:i was (?:responsible|asked|tasked|hired)|my (?:goal|task|job|role|responsibility) was|i needed to|i had to|the (?:goal|challenge|problem) was|we needed)\b/i,
  action: /\bI (?:\w+ly )?(?:built|led|designed|wrote|created|decided|organi[sz]ed|talked|spoke|proposed|implemented|fixed|migrated|set up|introduced|analy[sz]ed|rewrote|automated|mentored|negotiated|planned|tested|measured|called|met|started|ran|convinced|changed|added|removed|reduced|prioriti[sz]ed)\b/,
  // Money is matched outside the word boundary: "$60,000" after a space has no \b before "$".
  result: /\b(?:as a result|result(?:ed)? in|in the end|which (?:cut|reduced|increased|improved|saved|doubled|meant)|reduc(?:ed|ing)|increas(?:ed|ing)|improv(?:ed|ing)|saved|grew|doubled|halved|launched|shipped|on time|\d+(?:\.\d+)?\s?(?:%|percent|x\b|ms\b|hours?|days?|weeks?|users|customers))|[$€£]\s?\d/i,
};

const improvementsEn: Record<Criterion, string> = {
  situation: 'Open with one or two sentences of context: where you were, and what was at stake.',
  task: 'Say what you personally were responsible for before describing what happened.',
  action: 'Spend most of the answer on what *you* did, step by step, with "I" rather than "we".',
  result: 'End with the outcome, ideally a number (time saved, % improved, users reached), and what you learned.',
  relevance: 'Tie the story back to the question in your first and last sentence.',
  clarity: 'Use shorter sentences and drop fillers ("like", "basically", "you know").',
  depth: 'Add detail: the options you weighed, why you chose one, and a concrete figure.',
};

const improvementsEs: Record<Criterion, string> = {
  situation: 'Empieza con una o dos frases de contexto: dónde estabas y qué estaba en juego.',
  task: 'Di de qué eras responsable tú antes de contar lo que pasó.',
  action: 'Dedica la mayor parte de la respuesta a lo que hiciste *tú*, paso a paso, con "yo" en lugar de "nosotros".',
  result: 'Termina con el resultado, idealmente con una cifra (tiempo ahorrado, % de mejora, usuarios alcanzados), y lo que aprendiste.',
  relevance: 'Conecta la historia con la pregunta en tu primera y en tu última frase.',
  clarity: 'Usa frases más cortas y quita las muletillas ("o sea", "básicamente", "en plan").',
  depth: 'Añade detalle: las opciones que consideraste, por qué elegiste una y una cifra concreta.',
};

const fillers = /\b(?:um+|uh+|like|basically|actually|you know|sort of|kind of|literally)\b/gi;
const stop = new Set('a an and are as at be but by for from how i in is it me my of on or tell that the this time to was we what when which who with you your about describe'.split(' '));

const englishRules: AnswerRules = { cues, fillers, stop, wordsOf: (text) => wordsOf(text), we: /\bwe\b/gi, i: /\bI\b/g };

export const answerRules = (): AnswerRules => say({ en: englishRules, es: spanishRules });

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
const clamp = (n: number) => Math.max(1, Math.min(5, Math.round(n)));
const quote = (sentence: string | undefined) => (sentence ? (sentence.length > 140 ? `${sentence.slice(0, 137)}…` : sentence) : '');

export function scoreAnswerByRules(question: string, answer: string): Scores {
  const { cues, fillers, stop, wordsOf, we, i } = answerRules();
  const sentences = sentencesOf(answer);
  const words = wordsOf(answer);
  const scores = {} as Scores;
  const improvements = say({ en: improvementsEn, es: improvementsEs });

  for (const part of ['situation', 'task', 'action', 'result'] as const) {
    const hits = sentences.filter((s) => cues[part].test(s));
    // One clear sentence is a 3; more support (several actions, several results) earns more.
    const score = hits.length === 0 ? 1 : clamp(2 + hits.length);
    scores[part] = { score, evidence: quote(hits[0]), improvement: improvements[part] };
  }
  // "We did" without "I did" hides the candidate's own part.
  const weCount = (answer.match(we) ?? []).length;
  const iCount = (answer.match(i) ?? []).length;
  if (weCount > iCount && scores.action.score > 2) scores.action.score -= 1;

  const questionWords = new Set(wordsOf(question).filter((w) => !stop.has(w) && w.length > 2));
  const shared = [...questionWords].filter((w) => words.includes(w));
  const relevance = questionWords.size === 0 ? 3 : clamp(1 + (4 * shared.length) / Math.min(questionWords.size, 4));
  scores.relevance = { score: relevance, evidence: quote(sentences.find((s) => shared.some((w) => s.toLowerCase().includes(w)))), improvement: improvements.relevance };

  const averageSentence = words.length / Math.max(1, sentences.length);
  const fillerCount = (answer.match(fillers) ?? []).length;
  const clarity = clamp(5 - (averageSentence > 30 ? 2 : averageSentence > 22 ? 1 : 0) - Math.min(2, fillerCount / 3) - (sentences.length < 2 ? 1 : 0));
  scores.clarity = { score: clarity, evidence: quote(sentences[0]), improvement: improvements.clarity };

  const hasNumbers = /\d/.test(answer);
  const depth = clamp((words.length >= 150 ? 4 : words.length >= 80 ? 3 : words.length >= 40 ? 2 : 1) + (hasNumbers ? 1 : 0));
  scores.depth = { score: depth, evidence: quote(sentences.find((s) => /\d/.test(s)) ?? sentences[1]), improvement: improvements.depth };
  return scores;
}

// Drafts STAR stories from what the user already has: a strong interview answer (split into
// its parts by sentence cues) or a resume bullet with a result. Only the user's own words are
// used; a part the source does not hold is marked in brackets for the user to fill in.
import { createHash } from 'node:crypto';
import type { WorkEntry } from '../resume/json-resume.ts';
import { withoutLeadIn, type StoryDraft } from './story.ts';
import { say } from '../language/current.ts';
import { spanishRules } from '../coach/rule-rubric-es.ts';

const taskCue = /\b(my (task|job|goal|role) was|i was (asked|responsible|tasked)|i needed to|we needed to|the goal was|had to)\b/i;
const resultCue = /\b(result|as a result|in the end|reduced|increased|cut|saved|improved|grew|raised|dropped|launched|shipped|so that|which meant)\b|\d/i;
const personalAction = /\bI\b(?! was asked| was responsible)/;

/** The cues for a Spanish answer: the rule rubric's Spanish task and result words, and "yo" or a first-person past verb. */
const cues = () =>
  say({
    en: { task: taskCue, result: resultCue, action: personalAction },
    es: { task: spanishRules.cues.task, result: new RegExp(`${spanishRules.cues.result.source}|\\d`, 'iu'), action: new RegExp(`(?<!\\p{L})yo(?!\\p{L})|${spanishRules.cues.action.source}`, 'iu') },
  });

/** What the user fills in where the source is silent. */
const gaps = () =>
  say({
    en: {
      situation: '[where and when this happened]',
      task: '[what you were responsible for]',
      action: '[what you did, step by step]',
      result: '[the outcome, with a number]',
      asked: '[what you were asked to do, and why it mattered]',
      employer: 'my employer',
      now: 'now',
    },
    es: {
      situation: '[dónde y cuándo pasó]',
      task: '[de qué eras responsable]',
      action: '[qué hiciste, paso a paso]',
      result: '[el resultado, con una cifra]',
      asked: '[qué te pidieron hacer y por qué importaba]',
      employer: 'mi empresa',
      now: 'hoy',
    },
  });

function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z"'])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A title from the result or the first action: its first few words, as a name to recognise. */
function titleFrom(sentence: string): string {
  const words = withoutLeadIn(sentence).replace(/[.!?]$/, '').split(' ');
  const title = words.slice(0, 8).join(' ');
  return (title.charAt(0).toUpperCase() + title.slice(1)) + (words.length > 8 ? '…' : '');
}

export function storyFromAnswer(answerId: string, question: string, answer: string): StoryDraft {
  const sentences = sentencesOf(answer);
  const cue = cues();
  const gap = gaps();
  const result = [...sentences].reverse().find((s) => cue.result.test(s)) ?? sentences.at(-1) ?? '';
  const task = sentences.find((s) => s !== result && cue.task.test(s));
  const situation = sentences[0] !== result && sentences[0] !== task ? sentences[0]! : gap.situation;
  const actions = sentences.filter((s) => s !== situation && s !== task && s !== result && cue.action.test(s));
  return {
    title: titleFrom(result || actions[0] || question),
    situation,
    task: task ?? gap.task,
    action: actions.join(' ') || gap.action,
    result: result || gap.result,
    source: 'interview',
    sourceRef: `answer:${answerId}`,
  };
}

export function storyFromBullet(work: WorkEntry, bullet: string): StoryDraft {
  const gap = gaps();
  const years = work.startDate ? ` (${work.startDate.slice(0, 4)}–${work.endDate?.slice(0, 4) ?? gap.now})` : '';
  const purpose = /\b(?:to|so that|in order to)\s+(.+?)(?:[,.;]|$)/i.exec(bullet)?.[1];
  const line = `${bullet.replace(/\.$/, '')}.`;
  // A bullet is one line of action and outcome: it is the result when it has one, and the
  // steps that led there are for the user to tell.
  const hasResult = resultCue.test(bullet);
  return {
    title: titleFrom(bullet),
    situation: say({
      en: `At ${work.name ?? gap.employer}${work.position ? `, as ${work.position}` : ''}${years}.`,
      es: `En ${work.name ?? gap.employer}${work.position ? `, como ${work.position}` : ''}${years}.`,
    }),
    // The purpose is the resume's own words, so Spanish only frames it.
    task: purpose ? say({ en: `To ${purpose}.`, es: `Objetivo: ${purpose}.` }) : gap.asked,
    action: hasResult ? gap.action : line,
    result: hasResult ? line : gap.result,
    source: 'resume',
    sourceRef: `bullet:${createHash('sha256').update(bullet).digest('hex').slice(0, 16)}`,
  };
}

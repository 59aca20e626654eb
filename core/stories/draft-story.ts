// Drafts STAR stories from what the user already has: a strong interview answer (split into
// its parts by sentence cues) or a resume bullet with a result. Only the user's own words are
// used; a part the source does not hold is marked in brackets for the user to fill in.
import { createHash } from 'node:crypto';
import type { WorkEntry } from '../resume/json-resume.ts';
import { withoutLeadIn, type StoryDraft } from './story.ts';

const taskCue = /\b(my (task|job|goal|role) was|i was (asked|responsible|tasked)|i needed to|we needed to|the goal was|had to)\b/i;
const resultCue = /\b(result|as a result|in the end|reduced|increased|cut|saved|improved|grew|raised|dropped|launched|shipped|so that|which meant)\b|\d/i;
const personalAction = /\bI\b(?! was asked| was responsible)/;

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
  const result = [...sentences].reverse().find((s) => resultCue.test(s)) ?? sentences.at(-1) ?? '';
  const task = sentences.find((s) => s !== result && taskCue.test(s));
  const situation = sentences[0] !== result && sentences[0] !== task ? sentences[0]! : '[where and when this happened]';
  const actions = sentences.filter((s) => s !== situation && s !== task && s !== result && personalAction.test(s));
  return {
    title: titleFrom(result || actions[0] || question),
    situation,
    task: task ?? '[what you were responsible for]',
    action: actions.join(' ') || '[what you did, step by step]',
    result: result || '[the outcome, with a number]',
    source: 'interview',
    sourceRef: `answer:${answerId}`,
  };
}

export function storyFromBullet(work: WorkEntry, bullet: string): StoryDraft {
  const years = work.startDate ? ` (${work.startDate.slice(0, 4)}–${work.endDate?.slice(0, 4) ?? 'now'})` : '';
  const purpose = /\b(?:to|so that|in order to)\s+(.+?)(?:[,.;]|$)/i.exec(bullet)?.[1];
  const line = `${bullet.replace(/\.$/, '')}.`;
  // A bullet is one line of action and outcome: it is the result when it has one, and the
  // steps that led there are for the user to tell.
  const hasResult = resultCue.test(bullet);
  return {
    title: titleFrom(bullet),
    situation: `At ${work.name ?? 'my employer'}${work.position ? `, as ${work.position}` : ''}${years}.`,
    task: purpose ? `To ${purpose}.` : '[what you were asked to do, and why it mattered]',
    action: hasResult ? '[what you did, step by step]' : line,
    result: hasResult ? line : '[the outcome, with a number]',
    source: 'resume',
    sourceRef: `bullet:${createHash('sha256').update(bullet).digest('hex').slice(0, 16)}`,
  };
}

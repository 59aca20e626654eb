// /stories: the story bank. Lists saved STAR stories, and offers new ones drawn from strong
// interview answers and resume bullets, one card at a time with Save and Skip. A story the
// Strategist heard in chat is offered the same way. Nothing is saved without a tap.
import type { Flows } from '../conversation/flows.ts';
import type { ConversationRef, Outbox } from '../conversation/outbox.ts';
import type { Button, OutgoingMessage } from '../model/message.ts';
import type { Store } from '../ports/store.ts';
import { createHash } from 'node:crypto';
import { storyCandidates } from './candidates.ts';
import { storyLine, type StoryDraft } from './story.ts';

export interface StoriesDeps {
  store: Store;
  outbox: Outbox;
  flows: Flows;
}

/** Holds the stories waiting for a yes or no; free text still goes to the coach meanwhile. */
export const reviewingStories = 'stories';

interface ReviewState {
  pending: StoryDraft[];
}

/** A short key naming the card a button belongs to (Telegram allows 64 bytes of button data). */
const keyOf = (draft: StoryDraft) => createHash('sha256').update(draft.sourceRef).digest('hex').slice(0, 12);
const button = (label: string, value: string, style?: Button['style']): Button => ({ label, actionId: 'story', value, style });

const sourceNames: Record<StoryDraft['source'], string> = {
  interview: 'from a strong interview answer',
  resume: 'from a resume bullet',
  chat: 'from what you told me',
};

function storyCard(draft: StoryDraft, left: number): OutgoingMessage {
  const lines = [
    `**Save this story?** (${sourceNames[draft.source]}${left > 1 ? `, ${left - 1} more after this` : ''})`,
    `**${draft.title}**`,
    `• **Situation:** ${draft.situation}`,
    `• **Task:** ${draft.task}`,
    `• **Action:** ${draft.action}`,
    `• **Result:** ${draft.result}`,
  ];
  if (/\[/.test(`${draft.situation}${draft.task}${draft.action}${draft.result}`)) lines.push('', '_Brackets mark what your source did not say: fill them in when you tell it._');
  const key = keyOf(draft);
  return { text: lines.join('\n'), buttons: [button('Save', `save:${key}`, 'primary'), button('Skip', `skip:${key}`), button('Stop', 'stop')] };
}

async function showNext(deps: StoriesDeps, to: ConversationRef, pending: StoryDraft[], done: string): Promise<void> {
  if (pending.length === 0) {
    await deps.flows.clear(to.conversationId);
    return void (await deps.outbox.send(to, { text: `${done}/stories shows your bank; /pitch and interview reports use these stories.` }));
  }
  await deps.flows.set(to.conversationId, reviewingStories, { pending } satisfies ReviewState);
  const card = storyCard(pending[0]!, pending.length);
  await deps.outbox.send(to, done ? { ...card, text: `${done.trim()}\n\n${card.text}` } : card);
}

export async function showStories(deps: StoriesDeps, to: ConversationRef, userId: string, args = ''): Promise<void> {
  const removing = /^(?:remove|delete)\s+(\d+)$/i.exec(args.trim());
  if (removing) return removeStory(deps, to, userId, Number(removing[1]));
  const [saved, candidates] = await Promise.all([deps.store.stories.list(userId), storyCandidates(deps.store, userId)]);
  const lines = saved.length
    ? [`**Your story bank** (${saved.length})`, ...saved.slice(0, 10).map((s, i) => `${i + 1}. ${storyLine(s)}`)]
    : ['**Your story bank is empty.** Good STAR stories are the backbone of interviews and pitches.'];
  if (candidates.length === 0) {
    lines.push('', saved.length ? 'No new stories to offer right now.' : 'I draw stories from strong /interview answers and from resume bullets with numbers. Send your resume or run /interview, or tell me about an achievement.');
    return void (await deps.outbox.send(to, { text: lines.join('\n') }));
  }
  await deps.outbox.send(to, { text: [...lines, '', `I found ${candidates.length} possible ${candidates.length === 1 ? 'story' : 'stories'} in your interviews and resume.`].join('\n') });
  await showNext(deps, to, candidates, '');
}

async function removeStory(deps: StoriesDeps, to: ConversationRef, userId: string, number: number): Promise<void> {
  const story = (await deps.store.stories.list(userId))[number - 1];
  if (!story || !(await deps.store.stories.remove(userId, story.id))) return void (await deps.outbox.send(to, { text: `You have no story ${number}. /stories lists them with their numbers.` }));
  await deps.outbox.send(to, { text: `Removed "${story.title}" from your story bank.` });
}

/** A story heard in chat (the Strategist's save_story), offered first, before any still under review. */
export async function offerStory(deps: StoriesDeps, to: ConversationRef, draft: StoryDraft): Promise<void> {
  const flow = await deps.flows.get(to.conversationId);
  const waiting = flow?.flow === reviewingStories ? (flow.state as ReviewState).pending.filter((d) => d.sourceRef !== draft.sourceRef) : [];
  await deps.flows.set(to.conversationId, reviewingStories, { pending: [draft, ...waiting] } satisfies ReviewState);
  await deps.outbox.send(to, storyCard(draft, waiting.length + 1));
}

/** Save, Skip or Stop on a card; Save and Skip name their card, so an old or double tap cannot act on another. */
export async function storyAction(deps: StoriesDeps, to: ConversationRef, userId: string, value: string): Promise<void> {
  const flow = await deps.flows.get(to.conversationId);
  const pending = flow?.flow === reviewingStories ? (flow.state as ReviewState).pending : [];
  if (value === 'stop') {
    if (flow?.flow === reviewingStories) await deps.flows.clear(to.conversationId);
    return void (await deps.outbox.send(to, { text: 'Okay, stopping here. /stories picks this up again.' }));
  }
  const [action, key] = value.split(':');
  const card = pending.find((d) => keyOf(d) === key);
  if (!card) return void (await deps.outbox.send(to, { text: 'That story card has been dealt with already. /stories shows your bank and offers new ones.' }));
  const rest = pending.filter((d) => d !== card);
  let done: string;
  if (action === 'save') {
    done = (await deps.store.stories.save(userId, card)) ? `✅ Saved "${card.title}". ` : 'You had saved that one already. ';
  } else {
    await deps.store.stories.dismiss(userId, card);
    done = "Skipped; I won't offer it again. ";
  }
  await showNext(deps, to, rest, done);
}

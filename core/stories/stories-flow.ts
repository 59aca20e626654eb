// /stories: the story bank. Lists saved STAR stories, and offers new ones drawn from strong
// interview answers and resume bullets, one card at a time with Save and Skip. A story the
// Strategist heard in chat is offered the same way. Nothing is saved without a tap.
import type { Flows } from '../conversation/flows.ts';
import type { ConversationRef, Outbox } from '../conversation/outbox.ts';
import type { Button, OutgoingMessage } from '../model/message.ts';
import type { Store } from '../ports/store.ts';
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
  return { text: lines.join('\n'), buttons: [button('Save', 'save', 'primary'), button('Skip', 'skip'), button('Stop', 'stop')] };
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

export async function showStories(deps: StoriesDeps, to: ConversationRef, userId: string): Promise<void> {
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

/** A story heard in chat (the Strategist's save_story), offered for a yes or no. */
export async function offerStory(deps: StoriesDeps, to: ConversationRef, draft: StoryDraft): Promise<void> {
  await deps.flows.set(to.conversationId, reviewingStories, { pending: [draft] } satisfies ReviewState);
  await deps.outbox.send(to, storyCard(draft, 1));
}

/** Save, Skip or Stop on the card shown. */
export async function storyAction(deps: StoriesDeps, to: ConversationRef, userId: string, value: string): Promise<void> {
  const flow = await deps.flows.get(to.conversationId);
  const pending = flow?.flow === reviewingStories ? (flow.state as ReviewState).pending : [];
  const [current, ...rest] = pending;
  if (!current) return void (await deps.outbox.send(to, { text: 'That story card has expired. /stories shows your bank and offers new ones.' }));
  if (value === 'stop') {
    await deps.flows.clear(to.conversationId);
    return void (await deps.outbox.send(to, { text: 'Okay, stopping here. /stories picks this up again.' }));
  }
  let done = 'Skipped. ';
  if (value === 'save') done = (await deps.store.stories.save(userId, current)) ? `✅ Saved "${current.title}". ` : 'You had saved that one already. ';
  await showNext(deps, to, rest, done);
}

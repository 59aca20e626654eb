// save_story: a STAR story the user told in the chat. Nothing is saved yet: the router shows it
// with Save and Skip after the answer, because stories are saved only once the user confirms.
import { createHash } from 'node:crypto';
import type { StoryParts } from '../../../stories/story.ts';
import type { TurnContext } from '../turn.ts';

export function proposeStory(context: Pick<TurnContext, 'effects'>, parts: StoryParts): string {
  const ref = createHash('sha256').update(`${parts.situation}\n${parts.action}\n${parts.result}`).digest('hex').slice(0, 16);
  const { title, situation, task, action, result } = parts;
  context.effects.story = { title, situation, task, action, result, source: 'chat', sourceRef: `chat:${ref}` };
  return 'The story is shown to the user with Save and Skip buttons right after your reply. Do not repeat it; say one sentence about why it is a good story.';
}

// A STAR story the user has confirmed: the raw material for pitches, interview answers and
// model answers. Stories are only ever saved after the user says yes.

export interface StoryParts {
  /** A short name the user will recognise ("Cut checkout latency at Acme"). */
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
}

export interface StoryDraft extends StoryParts {
  source: 'interview' | 'resume' | 'chat';
  /** What the story was drawn from, so the same answer or bullet is offered once. */
  sourceRef: string;
}

export interface Story extends StoryDraft {
  id: string;
  createdAt: Date;
}

export interface StoryStore {
  /** Saves a confirmed story; false when one from the same source was saved already. */
  save(userId: string, draft: StoryDraft): Promise<boolean>;
  /** Remembers a story the user skipped, so it is not offered again. */
  dismiss(userId: string, draft: StoryDraft): Promise<void>;
  /** The user's saved stories, newest first. */
  list(userId: string): Promise<Story[]>;
  /** Sources already decided (saved or skipped): not offered again. */
  decidedSources(userId: string): Promise<Set<string>>;
  /** Removes one of the user's stories; false when it was not theirs or is gone. */
  remove(userId: string, storyId: string): Promise<boolean>;
}

/** One line a chat can show: the title and the result that makes it worth telling. */
export function storyLine(story: StoryParts): string {
  return `**${story.title}**: ${story.result}`;
}

/** Lead-in words that open a result ("As a result, …"); a title or a clause reads better without. */
export function withoutLeadIn(text: string): string {
  return text.replace(/^(as a result|in the end|so|and|then|finally)[,]?\s+/i, '');
}

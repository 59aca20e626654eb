// The jobs the AI layer does, and the model tier each one needs. Callers name a task; the
// router turns it into a provider and model, so no caller picks a model itself.
import type { Tier } from './catalog.ts';

export type AiTask = 'extract' | 'evaluate' | 'interview' | 'chat' | 'summarize' | 'embed' | 'transcribe';

/** Profiles: extraction is cheap and structured, judging answers needs the strongest model. */
export const tierOfTask: Record<AiTask, Tier> = {
  extract: 'cheap',
  evaluate: 'strong',
  interview: 'balanced',
  chat: 'balanced',
  /** Folding old chat turns into the running summary: short and routine. */
  summarize: 'cheap',
  embed: 'embed',
  /** A voice answer to text; only providers with a transcription model offer it. */
  transcribe: 'transcribe',
};

/** Deterministic tasks: the same input gives the same answer, so it may come from the cache. */
export const cacheableTasks: ReadonlySet<AiTask> = new Set(['extract', 'evaluate', 'embed']);

export interface ChatTurn {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

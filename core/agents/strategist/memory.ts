// The Strategist's memory of a conversation: a running summary of older turns plus the newest
// turns verbatim. Once enough turns pile up beyond the verbatim window, the oldest are folded
// into the summary, so a turn's prompt stays the same size however long the conversation runs.
import type { ChatTurn } from '../../ai/tasks.ts';
import type { MemoryStore, MemoryTurn } from '../../ports/store.ts';

/** Folds older turns into a summary (an AI call); the previous summary is part of its input. */
export type Summarize = (previous: string | undefined, turns: ChatTurn[]) => Promise<string>;

export interface Recalled {
  summary?: string;
  turns: ChatTurn[];
}

/** Turns kept word for word; folding waits until `foldBatch` more have piled up, so a summary
 *  call happens about once every few turns, not on every one. */
export const memoryWindow = { keepTurns: 8, foldBatch: 8 };

/** A long message (a pasted resume, a report) is cut in the prompt: its gist is enough. */
const maxTurnChars = 1500;

function chatTurn(turn: MemoryTurn): ChatTurn {
  const text = turn.text.length > maxTurnChars ? `${turn.text.slice(0, maxTurnChars)}…` : turn.text;
  return { role: turn.direction === 'in' ? 'user' : 'assistant', content: text };
}

/**
 * What the next prompt should know, before the current message: the summary and the newest
 * turns. `currentText` is left out where it was already recorded.
 */
export async function recall(store: MemoryStore, conversationId: string, currentText: string, summarize?: Summarize): Promise<Recalled> {
  const { keepTurns, foldBatch } = memoryWindow;
  const saved = await store.load(conversationId);
  let turns = await store.turnsAfter(conversationId, saved?.throughSeq ?? 0, keepTurns + foldBatch + 1);
  // The current message is on record already; it may be followed by a reply sent before the
  // answer (a new user's welcome), so it is looked for among the newest turns, not only last.
  const current = turns.map((t) => t.direction === 'in' && t.text.trim() === currentText.trim()).lastIndexOf(true);
  if (current >= 0 && current >= turns.length - 3) turns = turns.filter((_, i) => i !== current);
  if (turns.length < keepTurns + foldBatch) return { summary: saved?.summary, turns: turns.map(chatTurn) };
  // Without a summarizer (it failed), the newest turns only: the prompt stays bounded anyway.
  if (!summarize) return { summary: saved?.summary, turns: turns.slice(-keepTurns).map(chatTurn) };
  const folded = turns.slice(0, turns.length - keepTurns);
  const summary = await summarize(saved?.summary, folded.map(chatTurn));
  await store.save(conversationId, summary, folded.at(-1)!.seq);
  return { summary, turns: turns.slice(-keepTurns).map(chatTurn) };
}

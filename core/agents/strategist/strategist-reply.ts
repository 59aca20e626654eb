// The Strategist's turn, for free text outside any flow. With AI, a LangGraph agent with tools
// answers from a bounded memory (running summary + newest turns) and streams by message edits;
// without AI, intent matching and the guides answer. Either way the turn's effects follow the
// answer: a plan, a story to confirm, or a hand-over to the interview or pitch flow.
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { ConversationRef } from '../../conversation/outbox.ts';
import { replyStreaming } from '../../conversation/streamed-reply.ts';
import type { Logger } from '../../ports/logger.ts';
import { planMessage } from '../../plan/plan-replies.ts';
import { offerStory, type StoriesDeps } from '../../stories/stories-flow.ts';
import { withCitations } from './citations.ts';
import type { StrategistGraph } from './graph.ts';
import { recall, type Recalled } from './memory.ts';
import { offlineReply } from './offline-reply.ts';
import { strategistPrompt, summaryMessage, summaryRequest } from './prompts.ts';
import { newEffects, type Handoff, type StrategistDeps, type TurnConfig, type TurnContext } from './turn.ts';

export interface StrategistReplyDeps extends StrategistDeps, StoriesDeps {
  logger: Logger;
  /** Spacing of the edits that show a streamed answer. */
  streamEditIntervalMs?: number;
  /** The compiled agent; LangGraph loads with the first AI turn. */
  graph: () => Promise<StrategistGraph>;
  /** Starts the flow the Strategist handed over to (the router's /interview or /pitch). */
  startFlow: (to: ConversationRef, userId: string, handoff: Handoff) => Promise<void>;
}

export const thinking = '💭 Thinking…';

export async function strategistReply(deps: StrategistReplyDeps, to: ConversationRef, userId: string, text: string, record: () => Promise<void>): Promise<void> {
  const turn: TurnContext = { ...deps, userId, conversationId: to.conversationId, message: text, effects: newEffects() };
  if (!deps.ai.available) {
    await deps.outbox.send(to, await offlineReply(turn, text));
  } else {
    // The message is on record first: the memory reads the conversation from the database.
    await record();
    const memory = await recall(deps.store.memory, to.conversationId, text, (previous, turns) => deps.ai.complete({ task: 'summarize', userId }, summaryRequest(previous, turns)));
    await replyStreaming(deps.outbox, to, (onText) => agentAnswer(deps, turn, memory, onText), {
      placeholder: thinking,
      intervalMs: deps.streamEditIntervalMs ?? 700,
      onError: (error) => deps.logger.warn({ err: error, threadId: to.threadId }, 'strategist answer failed'),
    });
  }
  await followThrough(deps, to, userId, turn);
}

/** The prompt: instructions, the running summary, the newest turns, then the user's message. */
export function promptMessages(today: string, memory: Recalled, text: string): BaseMessage[] {
  return [
    new SystemMessage(strategistPrompt(today)),
    ...(memory.summary ? [new SystemMessage(summaryMessage(memory.summary))] : []),
    ...memory.turns.map((t) => (t.role === 'user' ? new HumanMessage(t.content) : new AIMessage(t.content))),
    new HumanMessage(text),
  ];
}

async function agentAnswer(deps: StrategistReplyDeps, turn: TurnContext, memory: Recalled, onText: (soFar: string) => void): Promise<string> {
  const [graph, model] = await Promise.all([deps.graph(), deps.ai.chatModel({ task: 'chat', userId: turn.userId })]);
  const messages = promptMessages(turn.now().toISOString().slice(0, 10), memory, turn.message);
  const config: TurnConfig = { model, onText, turn };
  const state = await graph.invoke({ messages }, { configurable: config as unknown as Record<string, unknown> });
  const answer = state.messages.at(-1);
  return withCitations(typeof answer?.content === 'string' ? answer.content : '', turn.effects.sources);
}

/** What the tools left to do, after the answer: show the plan, offer the story, start a flow. */
async function followThrough(deps: StrategistReplyDeps, to: ConversationRef, userId: string, turn: TurnContext): Promise<void> {
  const { plan, story, handoff } = turn.effects;
  if (plan) await deps.outbox.send(to, planMessage(plan));
  if (story) await offerStory(deps, to, story);
  if (handoff) await deps.startFlow(to, userId, handoff);
}

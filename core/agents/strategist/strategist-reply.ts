// The Strategist's turn, for free text outside any flow. With AI, a LangGraph agent with tools
// answers from a bounded memory (running summary + newest turns) and streams by message edits;
// without AI, intent matching and the guides answer. Either way the turn's effects follow the
// answer: a plan, a story to confirm, or a hand-over to the interview or pitch flow.
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { ConversationRef } from '../../conversation/outbox.ts';
import { thinking } from '../../conversation/replies.ts';
import { replyStreaming } from '../../conversation/streamed-reply.ts';
import type { QuotaCheck } from '../../billing/quota.ts';
import type { OutgoingMessage } from '../../model/message.ts';
import type { Logger } from '../../ports/logger.ts';
import { planMessage, replacedNote } from '../../plan/plan-replies.ts';
import { offerStory, type StoriesDeps } from '../../stories/stories-flow.ts';
import { withCitations } from './citations.ts';
import type { StrategistGraph } from './graph.ts';
import { recall, type Recalled } from './memory.ts';
import { offlineReply } from './offline-reply.ts';
import { strategistPrompt, summaryRequest } from './prompts.ts';
import { newEffects, type Handoff, type StrategistDeps, type TurnConfig, type TurnContext } from './turn.ts';

export interface StrategistReplyDeps extends StrategistDeps, StoriesDeps {
  logger: Logger;
  /** Spacing of the edits that show a streamed answer. */
  streamEditIntervalMs?: number;
  /** The compiled agent; LangGraph loads with the first AI turn. */
  graph: () => Promise<StrategistGraph>;
  /** Starts the flow the Strategist handed over to (the router's /interview or /pitch). */
  startFlow: (to: ConversationRef, userId: string, handoff: Handoff) => Promise<void>;
  /** Whether the user's plan has AI tokens left this month; when not, the offline coach answers. */
  aiQuota: (userId: string) => Promise<QuotaCheck>;
  /** Says a quota ran out (what, when it resets, how to get more). */
  quotaMessage: (check: Extract<QuotaCheck, { ok: false }>) => OutgoingMessage;
}

export async function strategistReply(deps: StrategistReplyDeps, to: ConversationRef, userId: string, text: string, record: () => Promise<void>): Promise<void> {
  const turn: TurnContext = { ...deps, userId, conversationId: to.conversationId, threadId: to.threadId, message: text, effects: newEffects() };
  let answered = true;
  const quota = deps.ai.available ? await deps.aiQuota(userId) : undefined;
  if (!deps.ai.available) {
    await deps.outbox.send(to, await offlineReply(turn, text));
  } else if (quota && !quota.ok) {
    // Out of AI for the month: the built-in coach still answers, and says why.
    const reply = await offlineReply(turn, text);
    const limit = deps.quotaMessage(quota);
    await deps.outbox.send(to, { text: `${reply.text}\n\n_${limit.text}_`, buttons: limit.buttons });
  } else {
    // The message is on record first: the memory reads the conversation from the database.
    await record();
    answered = await replyStreaming(deps.outbox, to, async (onText) => agentAnswer(deps, turn, await remember(deps, turn), onText), {
      placeholder: thinking(),
      intervalMs: deps.streamEditIntervalMs ?? 700,
      onError: (error) => deps.logger.warn({ err: error, threadId: to.threadId }, 'strategist answer failed'),
    });
  }
  await followThrough(deps, to, userId, turn, answered);
}

/** The memory for this turn; a summary that cannot be made now costs the older turns, not the answer. */
async function remember(deps: StrategistReplyDeps, turn: TurnContext): Promise<Recalled> {
  const summarize = (previous: string | undefined, turns: Parameters<typeof summaryRequest>[1]) => deps.ai.complete({ task: 'summarize', userId: turn.userId }, summaryRequest(previous, turns));
  return recall(deps.store.memory, turn.conversationId, turn.message, summarize).catch((error: unknown) => {
    deps.logger.warn({ err: error, threadId: turn.threadId }, 'conversation summary failed; answering from the newest turns');
    return recall(deps.store.memory, turn.conversationId, turn.message);
  });
}

/** The prompt: instructions with the running summary, the newest turns, then the user's message. */
export function promptMessages(today: string, memory: Recalled, text: string): BaseMessage[] {
  return [
    // One system message: some OpenAI-compatible servers reject a second one mid-conversation.
    new SystemMessage(strategistPrompt(today, memory.summary)),
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

/**
 * What the tools left to do, after the answer: show the plan (it exists, so it is shown even
 * when the answer failed), offer the story, start a flow. A story card and a flow would
 * compete for the chat, so a turn that offers a story starts no flow.
 */
async function followThrough(deps: StrategistReplyDeps, to: ConversationRef, userId: string, turn: TurnContext, answered: boolean): Promise<void> {
  const { plan, story, handoff } = turn.effects;
  if (plan) {
    const note = replacedNote(plan);
    if (note) await deps.outbox.send(to, { text: note.trim() });
    await deps.outbox.send(to, planMessage(plan.plan, deps.now()));
  }
  if (!answered) return;
  if (story) return offerStory(deps, to, story);
  if (handoff) await deps.startFlow(to, userId, handoff);
}

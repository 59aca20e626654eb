// What one Strategist turn works with, and what its tools leave behind for the router to do
// once the answer is sent: hand over to a flow, show a plan, or offer a story to save.
import type { AiGateway } from '../../ai/gateway.ts';
import type { GatewayChatModel, OnText } from '../../ai/gateway-chat-model.ts';
import type { JobQueue } from '../../ports/job-queue.ts';
import type { Logger } from '../../ports/logger.ts';
import type { Store } from '../../ports/store.ts';
import type { MadePlan } from '../../plan/make-plan.ts';
import type { StoryDraft } from '../../stories/story.ts';
import type { ParsedOptions as InterviewRequest } from '../../interview/interview-options.ts';

export interface StrategistDeps {
  store: Store;
  queue: JobQueue;
  ai: AiGateway;
  logger: Logger;
  /** The clock plans and reminders are scheduled by (tests move it). */
  now: () => Date;
}

/** A flow the Strategist starts after its answer, with its options. */
export type Handoff = { flow: 'interview'; options: InterviewRequest } | { flow: 'pitch'; seconds?: 30 | 60 | 90 };

export interface TurnEffects {
  /** Guide sections the answer may cite, numbered as the tools showed them: `guides/x.md § Heading`. */
  sources: string[];
  handoff?: Handoff;
  plan?: MadePlan;
  story?: StoryDraft;
}

export interface TurnContext extends StrategistDeps {
  userId: string;
  conversationId: string;
  /** For logs: which chat a failure belongs to. */
  threadId: string;
  /** The user's message, for tools that read it as said (dates). */
  message: string;
  effects: TurnEffects;
}

export function newEffects(): TurnEffects {
  return { sources: [] };
}

/** What a graph run gets in `configurable`: the routed model, the streaming sink and the turn. */
export interface TurnConfig {
  /** The routed chat model for this user (the gateway's), made once per turn. */
  model: GatewayChatModel;
  onText?: OnText;
  turn: TurnContext;
}

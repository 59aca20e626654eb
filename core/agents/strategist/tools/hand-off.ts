// start_interview and start_pitch: the Strategist hands the conversation to a flow. The flow
// starts right after the answer is sent, so the user reads the answer first, then the flow.
import type { TurnContext } from '../turn.ts';
import type { Handoff } from '../turn.ts';

export type InterviewRequest = Extract<Handoff, { flow: 'interview' }>['options'];

export function handOffToInterview(context: Pick<TurnContext, 'effects'>, options: InterviewRequest): string {
  context.effects.handoff = { flow: 'interview', options };
  return 'The mock interview starts right after your reply (missing options are asked with buttons). Say so in one short sentence.';
}

export function handOffToPitch(context: Pick<TurnContext, 'effects'>, seconds?: 30 | 60 | 90): string {
  context.effects.handoff = { flow: 'pitch', seconds };
  return 'The pitch practice starts right after your reply. Say so in one short sentence.';
}

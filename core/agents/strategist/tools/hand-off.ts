// start_interview and start_pitch: the Strategist hands the conversation to a flow. The flow
// starts right after the answer is sent, so the user reads the answer first, then the flow.
import type { TurnContext } from '../turn.ts';

export interface InterviewRequest {
  role?: string;
  kind?: 'behavioral' | 'technical' | 'mixed';
  level?: 'junior' | 'mid' | 'senior';
  company?: string;
}

/** The `/interview` arguments for a request, in the order the command reads them. */
export function interviewArgs(request: InterviewRequest): string {
  return [request.role, request.kind, request.level, request.company ? `at ${request.company}` : undefined].filter(Boolean).join(' ');
}

export function handOffToInterview(context: TurnContext, request: InterviewRequest): string {
  context.effects.handoff = { flow: 'interview', args: interviewArgs(request) };
  return 'The mock interview starts right after your reply (missing options are asked with buttons). Say so in one short sentence.';
}

export function handOffToPitch(context: TurnContext, seconds?: 30 | 60 | 90): string {
  context.effects.handoff = { flow: 'pitch', args: seconds ? String(seconds) : '' };
  return 'The pitch practice starts right after your reply. Say so in one short sentence.';
}

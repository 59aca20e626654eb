// After an answer: the coach decides whether it needs a follow-up (vague, no result, "we"
// with no "I") or whether the interview moves on. Scoring happens elsewhere, in a job, so the
// candidate never waits for it.
import type { Coach } from '../../../coach/coach.ts';
import { followUpPrefix } from '../prompts.ts';
import type { RoleplayStateType } from '../state.ts';

export function judgeAnswer(coach: Coach) {
  return async (state: RoleplayStateType): Promise<Partial<RoleplayStateType>> => {
    const question = state.questions[state.position]!;
    const turn = await coach.interviewTurn(state.userId, {
      question: state.openFollowUp ?? question.text,
      answer: state.input,
      followUpsAsked: state.followUps,
      role: state.role,
      company: state.company,
    });
    if (turn.decision === 'follow_up' && turn.followUp) {
      return { followUps: state.followUps + 1, openFollowUp: turn.followUp, replies: [`${followUpPrefix()} ${turn.followUp}`] };
    }
    return {};
  };
}

/** After judging: a follow-up was asked (stay), or move on. */
export const afterJudging = (state: RoleplayStateType): 'stay' | 'advance' => (state.replies.length > 0 ? 'stay' : 'advance');

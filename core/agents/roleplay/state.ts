// The RolePlay interviewer's state for one turn: the session's plan and position in, the
// replies and the new position out. The session itself lives in the database; a turn loads
// it, runs the graph, and stores what changed, so a restart mid-interview loses nothing.
import { Annotation } from '@langchain/langgraph';
import type { SessionQuestion } from '../../interview/session.ts';

export type Intent = 'answer' | 'skip' | 'repeat' | 'hint' | 'end';

export const RoleplayState = Annotation.Root({
  userId: Annotation<string>,
  role: Annotation<string>,
  company: Annotation<string | undefined>,
  questions: Annotation<SessionQuestion[]>,
  position: Annotation<number>,
  followUps: Annotation<number>,
  /** The follow-up asked last, if the current question has one open (what "repeat" repeats). */
  openFollowUp: Annotation<string | undefined>,
  /** What the candidate just wrote. */
  input: Annotation<string>,
  intent: Annotation<Intent>,
  /** Messages for the candidate, in order. */
  replies: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
  /** True once the last question is done or the candidate ended the interview. */
  finished: Annotation<boolean>,
});

export type RoleplayStateType = typeof RoleplayState.State;

// An interview session as stored: the options, the planned questions, where the user is, and
// the answers with their scores. One active session per user (a unique index enforces it).
import type { AnswerEvaluation } from '../coach/coach.ts';
import type { Level } from './question-bank.ts';
import type { InterviewKind, PlannedQuestion } from './plan.ts';
import type { Delivery } from '../voice/delivery.ts';

export interface InterviewSession {
  id: string;
  userId: string;
  conversationId: string | null;
  role: string | null;
  kind: InterviewKind;
  level: Level;
  company: string | null;
  status: 'active' | 'ended' | 'reported';
  position: number;
  followUps: number;
  lastActivityAt: Date;
  createdAt: Date;
}

export interface SessionQuestion extends PlannedQuestion {
  id: string;
  position: number;
}

export interface InterviewAnswer {
  /** The candidate message's id. */
  id: string;
  questionId: string | null;
  text: string;
  score?: { scores: AnswerEvaluation; overall: number };
  /** How a spoken answer was said; absent for a typed one. */
  delivery?: Delivery;
}

export interface NewSession {
  userId: string;
  conversationId: string;
  role: string;
  kind: InterviewKind;
  level: Level;
  company?: string;
}

export interface InterviewStore {
  /** Starts a session with its plan; undefined when the user already has an active one. */
  start(input: NewSession, questions: PlannedQuestion[]): Promise<InterviewSession | undefined>;
  active(userId: string): Promise<InterviewSession | undefined>;
  get(sessionId: string): Promise<InterviewSession | undefined>;
  latestFor(userId: string): Promise<InterviewSession | undefined>;
  questions(sessionId: string): Promise<SessionQuestion[]>;
  /** Stores one turn's text (and a voice answer's delivery); returns the message id. */
  record(sessionId: string, questionId: string | null, role: 'interviewer' | 'candidate', text: string, delivery?: Delivery): Promise<string>;
  answer(messageId: string): Promise<(InterviewAnswer & { sessionId: string; userId: string }) | undefined>;
  /** Moves to a question (and its follow-up count) and marks the session active now. */
  moveTo(sessionId: string, position: number, followUps: number): Promise<void>;
  /** Ends an active session; false when it was not active (ended twice, or already reported). */
  end(sessionId: string): Promise<boolean>;
  saveScore(messageId: string, scores: AnswerEvaluation, overall: number): Promise<void>;
  answers(sessionId: string): Promise<InterviewAnswer[]>;
  saveReport(sessionId: string, report: unknown, overall: number): Promise<void>;
  report(sessionId: string): Promise<unknown>;
  /** Active sessions quiet since before this time. */
  idleSince(before: Date): Promise<InterviewSession[]>;
  /** The user's scored answers at or above a score, best first, with the question they answered. */
  strongAnswers(userId: string, minOverall: number, limit: number): Promise<Array<InterviewAnswer & { question: string }>>;
}

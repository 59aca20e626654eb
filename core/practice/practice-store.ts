// The practice queue as stored (db/repositories/practice.ts): questions answered below the
// good score, each with when it is due next, and the scored retries.
import type { AnswerEvaluation } from '../coach/coach.ts';

export interface PracticeItem {
  id: string;
  userId: string;
  conversationId: string | null;
  question: string;
  lastScore: number;
  fix: string;
  step: number;
  dueAt: Date;
  status: 'waiting' | 'retired';
}

export interface PracticeAttempt {
  id: string;
  itemId: string;
  userId: string;
  answer: string;
  delivery: unknown;
}

export interface WeakAnswer {
  userId: string;
  conversationId: string | null;
  question: string;
  score: number;
  fix: string;
  dueAt: Date;
}

export interface PracticeStore {
  /** Queues a weakly answered question; one already queued starts its spacing over. */
  add(weak: WeakAnswer): Promise<PracticeItem>;
  get(itemId: string): Promise<PracticeItem | undefined>;
  /** The user's waiting question due soonest, due or not. */
  next(userId: string): Promise<PracticeItem | undefined>;
  /** Stores a retry before it is scored; returns its id. */
  addAttempt(itemId: string, userId: string, answer: string, delivery?: unknown): Promise<string>;
  attempt(attemptId: string): Promise<PracticeAttempt | undefined>;
  /**
   * Saves a retry's score and moves its question on (next step and due time, or retired), in
   * one transaction; false when the retry was scored already (the job ran twice).
   */
  scoreAttempt(attemptId: string, scores: AnswerEvaluation, overall: number, fix: string, next: { step: number; dueAt: Date } | 'retired'): Promise<boolean>;
  /** Puts a question off (the user skipped today's drill). */
  postpone(itemId: string, dueAt: Date): Promise<void>;
  remindersOn(userId: string): Promise<boolean>;
  setReminders(userId: string, on: boolean): Promise<void>;
}

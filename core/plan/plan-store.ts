// Stored preparation plans. A user has at most one active plan: a new one replaces the old,
// whose reminders then find it cancelled and stay silent.
import type { PlanDay } from './build-plan.ts';

export interface NewPlan {
  userId: string;
  conversationId: string;
  company?: string;
  role?: string;
  interviewDate: string;
  days: PlanDay[];
}

export interface PrepPlan extends NewPlan {
  id: string;
  status: 'active' | 'cancelled';
}

export interface PlanStore {
  /** Saves the plan as the user's active one, cancelling any earlier active plan. */
  create(plan: NewPlan): Promise<PrepPlan>;
  get(planId: string): Promise<PrepPlan | undefined>;
  /** The user's active plan whose interview is not yet past `today` (YYYY-MM-DD). */
  active(userId: string, today: string): Promise<PrepPlan | undefined>;
  /** Cancels the user's active plan; false when there was none. */
  cancel(userId: string): Promise<boolean>;
}

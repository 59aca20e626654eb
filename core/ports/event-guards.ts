// Guards in front of the router: flood control per platform account, and a fast check for
// redelivered events before any database work (Redis, or memory in the single embedded process).
// Behind both, the database's unique message ids still catch redeliveries.

export interface RateDecision {
  allowed: boolean;
  /** True for the first refused event of a burst: the one worth a "slow down" reply. */
  firstRefusal: boolean;
}

export interface RateLimiter {
  take(key: string): Promise<RateDecision>;
}

export interface DuplicateFilter {
  /** False when this event key was seen before (within a day). */
  firstTime(key: string): Promise<boolean>;
}

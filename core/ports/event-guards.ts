// Guards in front of the router: flood control per platform account, and (with Redis) a fast
// check for redelivered events before any database work. Without Redis the database's unique
// message ids catch redeliveries (ConversationStore.recordIncoming).

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

// Where deterministic AI results are kept for a while (Redis, or memory on the embedded default).
// Keys are hashes of model + messages + parameters, never the text itself.

export interface AiCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Drops keys starting with a prefix (a user's cached results, on /forget). */
  deleteByPrefix(prefix: string): Promise<void>;
}

// Where a user's language is kept (db/repositories/languages.ts).

export interface LanguageStore {
  /** Sets the user's language; `chosen` marks a /language choice that detection must not undo. */
  set(userId: string, language: string | null, chosen: boolean): Promise<void>;
  /** Stores a detected language, unless the user chose one (in any process) meanwhile. */
  detected(userId: string, language: string): Promise<void>;
  /** The user's language, if known, for jobs that write to them later. */
  of(userId: string): Promise<string | null>;
}

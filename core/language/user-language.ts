// Jobs that message a user later (reports, drills, reminders) run outside the router's
// language context: they look the user's language up and write (and score) in it.
import type { LanguageStore } from './language-store.ts';
import { inLanguage } from './current.ts';
import { replyLanguageFor } from './languages.ts';

/** Runs `work` in the user's reply language (English when the user is unknown, e.g. forgotten meanwhile). */
export async function inUserLanguage<T>(store: { languages: Pick<LanguageStore, 'of'> }, userId: string | undefined, work: () => Promise<T>): Promise<T> {
  return inLanguage(replyLanguageFor(userId ? await store.languages.of(userId) : undefined), work);
}

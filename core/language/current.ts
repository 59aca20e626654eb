// The language of the reply being written. The router (per event) and the jobs that message a
// user set it once; templates and prompts read it, so no sentence needs the language passed
// through every call.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Language } from './languages.ts';

const current = new AsyncLocalStorage<Language>();

export const inLanguage = <T>(language: Language, work: () => T): T => current.run(language, work);

export const currentLanguage = (): Language => current.getStore() ?? 'en';

/** The variant of a text (or anything else) for the current reply language. */
export const say = <T>(variants: Record<Language, T>): T => variants[currentLanguage()];

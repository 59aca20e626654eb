// The languages IntervAI writes in. Offline templates, prompts and the interview question bank
// exist in each of these; any other language a user writes in gets English, with one sentence
// saying so. The knowledge guides are English only, and the coach says so when it quotes them.

export const replyLanguages = ['en', 'es'] as const;
export type Language = (typeof replyLanguages)[number];

export const isReplyLanguage = (code: string | null | undefined): code is Language => replyLanguages.includes(code as Language);

/** The language replies are written in for a user's language (detected or chosen). */
export const replyLanguageFor = (code: string | null | undefined): Language => (isReplyLanguage(code) ? code : 'en');

/** Names of languages people often write in, for the sentence that says we answer in English. */
export const languageNames: Record<string, string> = {
  en: 'English', es: 'Spanish', fr: 'French', de: 'German', pt: 'Portuguese', it: 'Italian', nl: 'Dutch',
  pl: 'Polish', tr: 'Turkish', ru: 'Russian', uk: 'Ukrainian', ar: 'Arabic', hi: 'Hindi', zh: 'Chinese',
  ja: 'Japanese', ko: 'Korean', sv: 'Swedish', da: 'Danish', no: 'Norwegian', fi: 'Finnish', el: 'Greek', he: 'Hebrew',
};

/** "es-MX" or "es_419" (platform locales) → "es"; nonsense → undefined. */
export function languageOfLocale(locale: string | undefined): string | undefined {
  const code = /^([a-z]{2,3})(?:[-_].*)?$/i.exec(locale?.trim() ?? '')?.[1]?.toLowerCase();
  return code;
}

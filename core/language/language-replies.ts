// What the bot says about languages. The fallback sentence is in English, the language it falls back to.
import { currentLanguage, say } from './current.ts';
import { languageNames, replyLanguages, type Language } from './languages.ts';

const ownNames: Record<Language, string> = { en: 'English', es: 'español' };
const supportedList = replyLanguages.map((code) => `${ownNames[code]} (${code})`).join(', ');

export const cannotWrite = (code: string) => `I can't write ${languageNames[code] ?? `"${code}"`} yet, so I'll answer in English.`;

export const current = (language: Language, chosen: boolean) =>
  say({
    en: `I'm writing in English${chosen ? ', as you chose' : ', following your messages'}. I can write in ${supportedList}. Change it with /language es, or /language auto to follow the language you write in.`,
    es: `Te escribo en español${chosen ? ', como elegiste' : ', como tus mensajes'}. Puedo escribir en ${supportedList}. Cámbialo con /language en, o /language auto para seguir el idioma en que escribes.`,
  });

export const chosen = () =>
  say({
    en: "Okay, I'll write in English from now on.",
    es: 'De acuerdo, a partir de ahora te escribo en español.',
  });

export const following = () =>
  say({
    en: "Okay, I'll follow the language you write in.",
    es: 'De acuerdo, seguiré el idioma en que escribas.',
  });

export const unknown = (word: string) =>
  say({
    en: `I don't know the language "${word}". Try /language en or /language es.`,
    es: `No conozco el idioma "${word}". Prueba /language es o /language en.`,
  });

/** For prompts: the instruction that makes a model write in the current reply language ('' for English). */
export function modelInstruction(): string {
  const language = currentLanguage();
  return language === 'en' ? '' : `Write your reply in ${languageNames[language]}, the user's language.`;
}

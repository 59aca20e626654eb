// The user's language: detected from what they type (unless they chose one with /language),
// first guessed from the platform's locale. The router asks `replyLanguageOf` for each event
// and writes the reply in it; a language we cannot write gets English and one sentence saying so.
import type { ConversationRef, Outbox } from '../conversation/outbox.ts';
import type { Conversation, Store } from '../ports/store.ts';
import { inLanguage } from './current.ts';
import { detectLanguage } from './detect-language.ts';
import * as replies from './language-replies.ts';
import { isReplyLanguage, languageNames, languageOfLocale, replyLanguageFor, type Language } from './languages.ts';

export interface LanguageDeps {
  store: Store;
  outbox: Outbox;
  /** Drops cached senders of a user whose language changed. */
  forgetSender: (userId: string) => void;
}

/** Longer messages are mostly pasted documents (a job description, a resume), not the user's own voice. */
const maxDetectWords = 60;

/**
 * The language to answer this event in. `typed`, text written to the coach ('' for anything
 * else), may change the user's language (stored); when it becomes one we cannot write, the
 * user is told once.
 */
export async function replyLanguageOf(deps: LanguageDeps, to: ConversationRef, conversation: Conversation, typed: string): Promise<Language> {
  const detected = !conversation.languageChosen && typed.split(/\s+/).length <= maxDetectWords ? detectLanguage(typed) : undefined;
  const unsupportedAtStart = conversation.isNewUser && conversation.language && !detected && !isReplyLanguage(conversation.language);
  if (detected && detected !== conversation.language) {
    await deps.store.languages.detected(conversation.userId, detected);
    deps.forgetSender(conversation.userId);
    conversation.language = detected;
    if (!isReplyLanguage(detected)) await deps.outbox.send(to, { text: replies.cannotWrite(detected) });
  } else if (unsupportedAtStart) {
    await deps.outbox.send(to, { text: replies.cannotWrite(conversation.language!) });
  }
  return replyLanguageFor(conversation.language);
}

/** Spellings people use for the languages we write: codes, English and own names. */
const aliases: Record<string, string> = {
  ...Object.fromEntries(Object.entries(languageNames).map(([code, name]) => [name.toLowerCase(), code])),
  inglés: 'en', ingles: 'en', español: 'es', espanol: 'es', castellano: 'es',
};

/** /language, /language es, /language auto. */
export async function setLanguage(deps: LanguageDeps, to: ConversationRef, conversation: Conversation, args: string): Promise<void> {
  const word = args.trim().toLowerCase();
  const { userId } = conversation;
  if (!word) {
    const language = replyLanguageFor(conversation.language);
    return void (await deps.outbox.send(to, { text: inLanguage(language, () => replies.current(language, conversation.languageChosen)) }));
  }
  deps.forgetSender(userId);
  if (word === 'auto') {
    await deps.store.languages.set(userId, conversation.language, false);
    return void (await deps.outbox.send(to, { text: inLanguage(replyLanguageFor(conversation.language), replies.following) }));
  }
  const code = aliases[word] ?? languageOfLocale(word);
  if (!code || !(code in languageNames)) return void (await deps.outbox.send(to, { text: inLanguage(replyLanguageFor(conversation.language), () => replies.unknown(word)) }));
  await deps.store.languages.set(userId, code, true);
  await deps.outbox.send(to, { text: isReplyLanguage(code) ? inLanguage(code, replies.chosen) : replies.cannotWrite(code) });
}

// Which language a message is written in, from its most common small words (and its script for
// languages not written in Latin letters). Short or mixed messages give no answer, so a "hola"
// or a pasted English job title never switches anyone's language.

const stopwords: Record<string, string[]> = {
  en: ['the', 'and', 'is', 'are', 'to', 'of', 'in', 'it', 'you', 'that', 'for', 'with', 'my', 'have', 'what', 'how', 'this', 'was', 'do', 'can', 'i', 'me', 'be', 'on', 'at', 'an', 'should', 'about', 'would', 'will'],
  es: ['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'un', 'una', 'es', 'por', 'para', 'con', 'mi', 'me', 'cómo', 'como', 'qué', 'estoy', 'tengo', 'quiero', 'pero', 'muy', 'del', 'al', 'lo', 'se', 'su', 'hola', 'gracias', 'puedo', 'sobre', 'entrevista', 'trabajo'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'un', 'une', 'je', 'pour', 'que', 'qui', 'dans', 'pas', 'avec', 'mon', 'sur', 'vous', 'bonjour', 'suis', 'mais', 'comment', 'merci'],
  de: ['der', 'die', 'das', 'und', 'ist', 'ich', 'nicht', 'ein', 'eine', 'zu', 'mit', 'für', 'auf', 'wie', 'mein', 'habe', 'sie', 'es', 'den', 'hallo', 'danke', 'bin', 'was'],
  pt: ['o', 'a', 'os', 'as', 'de', 'que', 'e', 'em', 'um', 'uma', 'para', 'com', 'não', 'meu', 'minha', 'eu', 'como', 'estou', 'tenho', 'quero', 'olá', 'obrigado', 'você', 'sobre'],
  it: ['il', 'lo', 'la', 'gli', 'di', 'che', 'e', 'è', 'un', 'una', 'per', 'con', 'non', 'mio', 'sono', 'come', 'ho', 'voglio', 'ciao', 'grazie', 'del', 'della'],
  nl: ['de', 'het', 'een', 'en', 'is', 'ik', 'niet', 'van', 'op', 'voor', 'met', 'mijn', 'hoe', 'wat', 'hallo', 'bedankt', 'ben', 'heb'],
};

const scripts: Array<[RegExp, string]> = [
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u0900-\u097f]/g, 'hi'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0370-\u03ff]/g, 'el'],
];

/** Letters in Spanish words that English never uses: a strong hint on short messages. */
const spanishMarks = /[ñ¿¡]|ción\b/i;

export function detectLanguage(text: string): string | undefined {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 6) return undefined;
  for (const [pattern, code] of scripts) if ((text.match(pattern)?.length ?? 0) / letters.length > 0.3) return code;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return undefined;
  const counts = Object.entries(stopwords)
    .map(([code, list]) => ({ code, n: words.filter((w) => list.includes(w)).length + (code === 'es' && spanishMarks.test(text) ? 1 : 0) }))
    .sort((a, b) => b.n - a.n);
  const [best, second] = counts;
  // At least two telling words, and clearly more than the next language (es and pt share many).
  if (!best || best.n < 2 || best.n < (second?.n ?? 0) * 1.5 || best.n === second?.n) return undefined;
  return best.code;
}

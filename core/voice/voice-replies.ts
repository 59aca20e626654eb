// What the bot says about voice notes, in each reply language (core/language/current.ts).
import { say } from '../language/current.ts';

export const voiceNeedsAi = () =>
  say({
    en: 'Voice notes need an AI provider to transcribe them. Please type your answer instead.',
    es: 'Para transcribir notas de voz hace falta un proveedor de IA. Por favor, escribe tu respuesta.',
  });

/** `size` and `limit` already formatted ("31 MB"); size unknown when only the download found out. */
export const voiceTooBig = (size: string | undefined, limit: string) =>
  say({
    en: `That voice note is ${size ? `${size}, ` : ''}over the ${limit} I can transcribe. Please send a shorter one (two or three minutes is plenty) or type your answer.`,
    es: `Esa nota de voz ${size ? `ocupa ${size} y ` : ''}supera los ${limit} que puedo transcribir. Envía una más corta (con dos o tres minutos basta) o escribe tu respuesta.`,
  });

export const voiceEmpty = () =>
  say({
    en: 'That voice note arrived empty. Please record it again, or type your answer.',
    es: 'Esa nota de voz llegó vacía. Grábala de nuevo o escribe tu respuesta.',
  });

export const noWordsHeard = () =>
  say({
    en: "I couldn't make out any words in that voice note. Please try again a little closer to the microphone, or type your answer.",
    es: 'No he entendido ninguna palabra en esa nota de voz. Prueba de nuevo un poco más cerca del micrófono, o escribe tu respuesta.',
  });

export const heard = (echo: string) => say({ en: `🎙 I heard: “${echo}”`, es: `🎙 He entendido: «${echo}»` });

/** The words of the delivery line: "🎙 Delivery: 142 wpm (good pace) · 3 fillers (um ×2, like) · 1 long pause (3.1 s)". */
export const deliveryWords = () =>
  say({
    en: { label: 'Delivery', wpm: 'wpm', slow: 'a bit slow', fast: 'a bit fast', good: 'good pace', filler: ['filler', 'fillers'], noFillers: 'no fillers', pause: ['long pause', 'long pauses'], noPauses: 'no long pauses', decimal: '.' },
    es: { label: 'Expresión oral', wpm: 'ppm', slow: 'algo lento', fast: 'algo rápido', good: 'buen ritmo', filler: ['muletilla', 'muletillas'], noFillers: 'sin muletillas', pause: ['pausa larga', 'pausas largas'], noPauses: 'sin pausas largas', decimal: ',' },
  });

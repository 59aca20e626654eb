// The rule rubric's words for answers in Spanish: the same STAR cues, fillers and "we"/"I"
// as the English rules, so a Spanish answer is scored on what it says, not on missing English.
import type { AnswerRules } from './rule-rubric.ts';

/** Words that end like a first-person past verb ("implementé", "decidí") but are not one. */
const notVerbs = '(?!(?:así|aquí|allí|ahí|sí|mí|café|josé|menú|aún)(?!\\p{L}))';
/** "Yo" or a first-person past verb: regular ones end in -é/-í; the common irregular ones by name. */
const firstPerson = `(?<!\\p{L})${notVerbs}(?:yo|\\p{L}{2,}[éí]|hice|propuse|puse|dije|conduje|traje|tuve|pude|supe|fui)(?!\\p{L})`;
const pastAction = `(?<!\\p{L})${notVerbs}(?:\\p{L}{3,}[éí]|hice|propuse|puse|conduje|traje)(?!\\p{L})`;

export const spanishRules: AnswerRules = {
  cues: {
    situation: /(?<!\p{L})(?:cuando|mientras|en (?:mi|nuestro|nuestra|el|la) (?:último|última|anterior|antiguo|antigua|actual)|en (?:19|20)\d\d|el (?:año|trimestre|mes) pasado|nuestro equipo|la empresa|el proyecto|en ese momento|por aquel entonces|contexto)(?!\p{L})/iu,
    task: /(?<!\p{L})(?:era (?:el |la )?responsable|me (?:pidieron|encargaron|asignaron|contrataron)|mi (?:objetivo|tarea|trabajo|funci[oó]n|rol|responsabilidad|meta) era|ten[ií]a que|necesitaba|deb[ií]a|el (?:objetivo|reto|problema|desaf[ií]o) era|necesit[aá]bamos)(?!\p{L})/iu,
    action: new RegExp(pastAction, 'iu'),
    result: /(?<!\p{L})(?:como resultado|gracias a (?:eso|ello|esto)|al final|reduj\p{L}*|reduc\p{L}*|aument\p{L}*|mejor[óé]|mejoramos|ahorr\p{L}*|crec\p{L}*|duplic\p{L}*|lanz\p{L}*|a tiempo|\d+(?:[.,]\d+)?\s?(?:%|por ciento|x|ms|horas?|d[ií]as?|semanas?|usuarios|clientes))(?!\p{L})|[$€£]\s?\d/iu,
  },
  fillers: /(?<!\p{L})(?:eh+|em+|o sea|básicamente|en plan|literalmente|digamos|sabes)(?!\p{L})/giu,
  stop: new Set('a al algo con como cómo cuál cuéntame cuando de del describe dame ejemplo el en era es esa ese eso esta este esto fue la las lo los me mi mis para por que qué se sobre su sus te tu tú tus un una uno unos vez y yo'.split(' ')),
  wordsOf: (text) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [],
  we: /(?<!\p{L})(?!(?:próximos|últimos|mínimos|máximos|íntimos|primos)(?!\p{L}))(?:nosotros|nosotras|\p{L}{2,}(?:amos|imos|emos))(?!\p{L})/giu,
  i: new RegExp(firstPerson, 'giu'),
};

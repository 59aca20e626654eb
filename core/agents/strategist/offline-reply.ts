// The Strategist without a model: intent matching over what the user asks for (a plan, an
// interview, a pitch, their resume or match, a story to save), then the written topics, then
// the team's guides with citations. It says plainly when a question needs AI.
import { offlineLabel, offlineTopicAnswer, unmatchedOfflineAnswer } from '../../coach/offline-answers.ts';
import { say } from '../../language/current.ts';
import { findInterviewDate } from '../../plan/interview-date.ts';
import { makePlan } from '../../plan/make-plan.ts';
import { storyFromAnswer } from '../../stories/draft-story.ts';
import { uploadButton } from '../../conversation/replies.ts';
import { commandButton, type OutgoingMessage } from '../../model/message.ts';
import { withCitations } from './citations.ts';
import { latestMatch } from './tools/get-latest-match.ts';
import { resumeFacts } from './tools/get-resume.ts';
import { handOffToInterview, handOffToPitch } from './tools/hand-off.ts';
import { proposeStory } from './tools/propose-story.ts';
import { findGuideSections, relevantSimilarity, sourceOf } from './tools/search-guides.ts';
import type { TurnContext } from './turn.ts';

const intents = {
  greeting: /^(?:hi|hello|hey|help|help me|can you help(?: me)?|what can you do|what do you do)\b[\s?!.,]*(?:there|please)?[\s?!.]*$/i,
  /** An interview ahead ("I have an interview on Friday", "my interview at Stripe is next Tuesday"); not one that is over. */
  upcomingInterview: /\b(?:have|got|there'?s|is|am having|i'?m having)\b[^.?!]{0,40}\binterview\b|\binterview\b[^.?!]{0,40}\b(?:is|will be|on|next|tomorrow|in \d+ days?)\b/i,
  pastTense: /\b(?:had|was|went|did|after)\b[^.?!]{0,30}\binterview|\binterview\b[^.?!]{0,30}\b(?:was|went|yesterday|last)\b/i,
  interview: /\b(mock interview|practi[cs]e (?:an? |my )?interview|interview me|start (?:an? |the )?interview)\b/i,
  pitch: /\b(help|practi[cs]e|work on|write|draft|improve|rehearse)\b.{0,25}\bpitch\b/i,
  match: /\b(my (?:match|score)|how (?:well )?do i match|match(?:es)? the job)\b/i,
  resume: /\b(what(?:'s| is| does)|show|summari[sz]e)\b.{0,20}\bmy (resume|cv)\b/i,
  story: /^(?:please )?(?:save|remember|keep|add) (?:this|a|my)? ?story\b[:,.\s-]*/i,
};

/** The same asks in Spanish. */
const intentsEs: Partial<Record<keyof typeof intents, RegExp>> = {
  upcomingInterview: /\b(?:tengo|hay|habr[aá]|ser[aá])\b[^.?!]{0,40}\bentrevista\b|\bentrevista\b[^.?!]{0,40}(?:\bes\b|\bser[aá]\b|\bel\b|pr[oó]xim[oa]|mañana|\ben \d+ d[ií]as?)/i,
  pastTense: /\b(?:tuve|fue|hice|despu[eé]s de)\b[^.?!]{0,30}\bentrevista|\bentrevista\b[^.?!]{0,30}(?:\bfue\b|sali[oó]|\bayer\b|pasad[oa])/i,
  greeting: /^(?:hola|buenas|buenos d[ií]as|buenas tardes|ayuda|ay[uú]dame|me ayudas|puedes ayudarme|qu[eé] puedes hacer|qu[eé] haces)[\s?!.,¿¡]*(?:por favor)?[\s?!.]*$/i,
  interview: /entrevista de pr[aá]ctica|practicar (?:una |mi )?entrevista|entr[eé]vistame|empezar (?:una |la )?entrevista|simular una entrevista/i,
  pitch: /\b(?:ay[uú]dame|practicar|trabajar|escribir|redactar|mejorar|ensayar)\b.{0,25}(?:pitch|presentaci[oó]n)/i,
  match: /mi (?:puntuaci[oó]n|coincidencia|encaje)|c[oó]mo encajo|encajo con (?:la oferta|el puesto)/i,
  resume: /(?:qu[eé] dice|qu[eé] hay en|mu[eé]strame|ens[eé]ñame|resume|resumen de).{0,20}\bmi (?:curr[ií]cul(?:um|o)|cv)/i,
  story: /^(?:por favor,? )?(?:guarda|recuerda|a[nñ]ade|agrega) (?:esta|una|mi)? ?historia\b[:,.\s-]*/i,
};

/** An ask in English or Spanish, whichever the user typed. */
const asks = (intent: keyof typeof intents, text: string) => intents[intent].test(text) || !!intentsEs[intent]?.test(text);

/** What the offline coach does, for a greeting or "can you help me?". */
const capabilities = (): OutgoingMessage => ({
  text: say({
    en: [
      'Happy to help. Without AI I can still:',
      '• read your resume and match it to a job (/optimize),',
      '• run a mock interview with scores (/interview) and time your pitch (/pitch),',
      '• plan your prep: tell me "my interview at Stripe is on Friday",',
      '• answer questions on STAR answers, salary, questions to ask and more, from my guides.',
    ],
    es: [
      'Con gusto te ayudo. Sin IA todavía puedo:',
      '• leer tu currículum y compararlo con una oferta (/optimize),',
      '• hacerte una entrevista de práctica con puntuaciones (/interview) y cronometrar tu presentación (/pitch),',
      '• planificar tu preparación: dime "mi entrevista en Stripe es el viernes",',
      '• responder dudas sobre respuestas STAR, salario, preguntas para el entrevistador y más, con mis guías (en inglés).',
    ],
  }).join('\n'),
  buttons: [
    { ...uploadButton(), style: 'primary' },
    commandButton(say({ en: 'Start an interview', es: 'Empezar una entrevista' }), '/interview'),
    commandButton(say({ en: 'How it works', es: 'Cómo funciona' }), '/help'),
  ],
});

export async function offlineReply(context: TurnContext, text: string): Promise<OutgoingMessage> {
  if (asks('greeting', text.trim())) return capabilities();
  return { text: await offlineAnswer(context, text) };
}

async function offlineAnswer(context: TurnContext, text: string): Promise<string> {
  const story = intents.story.exec(text) ?? intentsEs.story!.exec(text);
  if (story) {
    const told = text.slice(story[0].length).trim();
    if (told.split(/\s+/).length < 12) {
      return say({
        en: 'Tell me the story after "save this story:": where you were, what you had to do, what *you* did, and what changed (with a number).',
        es: 'Cuéntame la historia después de "guarda esta historia:": dónde estabas, qué tenías que hacer, qué hiciste *tú* y qué cambió (con una cifra).',
      });
    }
    proposeStory(context, storyFromAnswer('', '', told));
    return say({ en: 'Here is your story in STAR form. Save it if it reads right.', es: 'Aquí tienes tu historia en formato STAR. Guárdala si te parece bien.' });
  }
  // "Interview me tomorrow" is practice, not a date to plan for.
  if (asks('interview', text)) {
    handOffToInterview(context, {});
    return say({ en: "Let's practise.", es: '¡Vamos a practicar!' });
  }
  if (asks('upcomingInterview', text) && !asks('pastTense', text) && findInterviewDate(text, context.now())) {
    const made = await makePlan(context, { userId: context.userId, conversationId: context.conversationId, when: text });
    if ('plan' in made) {
      context.effects.plan = made;
      return say({ en: 'Good luck! Here is a day-by-day plan to get ready.', es: '¡Mucha suerte! Aquí tienes un plan día a día para prepararte.' });
    }
  }
  if (asks('pitch', text)) {
    handOffToPitch(context);
    return say({ en: "Let's work on your pitch.", es: 'Trabajemos en tu presentación.' });
  }
  if (asks('match', text)) {
    const match = await latestMatch(context);
    if (match === 'none') {
      return say({
        en: "You haven't matched your resume to a job yet. Send /optimize with the job description.",
        es: 'Todavía no has comparado tu currículum con una oferta. Envía /optimize con la descripción del puesto.',
      });
    }
    if (match === 'pending') return say({ en: "Your latest match isn't ready (or didn't finish). /optimize runs it again.", es: 'Tu última comparación no está lista (o no terminó). /optimize la vuelve a hacer.' });
    return `${match}\n\n${offlineLabel()}`;
  }
  if (asks('resume', text)) {
    const facts = await resumeFacts(context);
    if (!facts) return say({ en: "I don't have your resume yet. Send it here as a file (PDF, DOCX or TXT).", es: 'Todavía no tengo tu currículum. Envíamelo aquí como archivo (PDF, DOCX o TXT).' });
    return `${facts}\n\n${say({ en: '/resume shows the whole version.', es: '/resume muestra la versión completa.' })}`;
  }
  const topic = offlineTopicAnswer(text);
  if (topic) return `${topic}\n\n${offlineLabel()}`;
  const hits = (await findGuideSections(context, text).catch(() => [])).filter((h) => h.similarity >= relevantSimilarity).slice(0, 2);
  if (hits.length === 0) return unmatchedOfflineAnswer();
  const body = hits.map((h, i) => `**${h.heading}** (${h.title}) [${i + 1}]\n${h.content}`).join('\n\n');
  // The guides are written in English only: a Spanish answer says so before quoting them.
  const guidesNote = say({ en: '', es: 'Mis guías están en inglés; esto es lo que dicen:\n\n' });
  return `${guidesNote}${withCitations(body, hits.map(sourceOf))}\n\n${offlineLabel()}`;
}

// The offline coach's written answers to the questions people ask most, matched by intent.
// Short, specific and honest about being rules rather than AI.
import { say } from '../language/current.ts';
import { offlineTopicsEs } from './offline-answers-es.ts';

export interface OfflineTopic {
  name: string;
  matches: RegExp;
  answer: string;
}

export const offlineTopics: OfflineTopic[] = [
  {
    name: 'the STAR method',
    matches: /\bstar\b|situation.*task|structure (?:my|an?) answer|behaviou?ral (?:question|answer)/i,
    answer: [
      '**STAR** keeps a behavioural answer tight (aim for about 2 minutes):',
      '• **Situation** — one or two sentences of context.',
      '• **Task** — what *you* were responsible for.',
      '• **Action** — most of the answer: what *you* did, step by step. Say "I", not "we".',
      '• **Result** — what changed, with a number if you have one, and what you learned.',
      'Next step: write one story this way about a time you fixed something under pressure.',
    ].join('\n'),
  },
  {
    name: '"tell me about yourself"',
    matches: /tell me about yourself|introduce (?:my|your)self|elevator pitch|about me\b/i,
    answer: [
      'Answer **"tell me about yourself"** in three beats, 60–90 seconds:',
      '• **Present** — your role now and what you are best at.',
      '• **Past** — one or two achievements that prove it, with numbers.',
      '• **Future** — why this role is the next step.',
      'Next step: write it down, read it aloud with a timer, and cut anything that is not about the job.',
    ].join('\n'),
  },
  {
    name: 'salary negotiation',
    matches: /salar|negotiat|compensation|pay (?:rise|raise)|counter ?offer|\boffer\b/i,
    answer: [
      '**Negotiating an offer:**',
      '• Research the range for the role and city first; decide your walk-away number.',
      '• Let them name a number first when you can; if asked, give a researched range whose bottom you would accept.',
      '• Negotiate the whole package: base, bonus, equity, start date, remote days, learning budget.',
      '• Ask, then stop talking. "Is there flexibility on the base?" is enough.',
      'Next step: write down your range and two non-salary items you care about.',
    ].join('\n'),
  },
  {
    name: 'questions to ask the interviewer',
    matches: /questions? (?:to|should i|can i) ask|ask (?:the|my) interviewer|any questions for (?:us|me)/i,
    answer: [
      '**Good questions to ask the interviewer:**',
      '• "What would success look like in the first 90 days?"',
      '• "What is the hardest problem the team is working on right now?"',
      '• "How do you give feedback and decide promotions?"',
      '• "What made the last person in this role successful?"',
      'Next step: pick two, and prepare one about something you read about the company.',
    ].join('\n'),
  },
  {
    name: 'weaknesses',
    matches: /weakness|weak points?|areas? (?:of|for) improvement/i,
    answer: [
      '**"What is your biggest weakness?"** — pick a real, non-critical one and show progress:',
      '• Name it plainly ("I used to take on too much myself").',
      '• Give one example of when it cost something.',
      '• Show what you do about it now, with evidence that it works.',
      'Next step: write your three sentences and check that none of them is a disguised strength.',
    ].join('\n'),
  },
  {
    name: 'nerves',
    matches: /nervous|anxious|anxiety|stress(?:ed)?|panic|freeze/i,
    answer: [
      '**Calmer interviews come from rehearsal:**',
      '• Practise your three best stories aloud until they feel familiar.',
      '• Before the call: slow breathing for two minutes, water nearby, notes with three keywords per story.',
      '• It is fine to say "Let me think for a moment" before answering.',
      'Next step: run a mock interview out loud this week, ideally recorded.',
    ].join('\n'),
  },
  {
    name: 'following up after an interview',
    matches: /follow[- ]?up|thank[- ]you (?:note|email|letter)|after the interview|haven'?t heard back/i,
    answer: [
      '**After the interview:**',
      '• Send a short thank-you within 24 hours: one line of thanks, one detail you enjoyed discussing, one line on your fit.',
      '• If you have not heard back by the date they gave, a polite one-line check-in is fine.',
      'Next step: note the names of everyone you met today while you still remember them.',
    ].join('\n'),
  },
  {
    name: 'resume tips',
    matches: /\b(?:resume|cv|curriculum)\b/i,
    answer: [
      '**A resume that gets interviews:**',
      '• One column, standard headings, real text (no text in images), 1–2 pages.',
      '• Each bullet: strong verb + what you did + the result, with a number ("cut build time 40%").',
      '• Mirror the words of the job description where they are true for you.',
      'Next step: send me your resume as a file so it is ready for coaching.',
    ].join('\n'),
  },
];

export const offlineLabel = () => say({ en: '_Offline coach: written guidance, not AI._', es: '_Coach sin conexión: orientación escrita, no IA._' });

/** The written answer for what the user asked (English or Spanish words), in the reply language. */
export function offlineTopicAnswer(text: string): string | undefined {
  const topic = offlineTopics.find((t) => t.matches.test(text) || offlineTopicsEs[t.name]?.matches.test(text));
  return topic && say({ en: topic, es: offlineTopicsEs[topic.name] ?? topic }).answer;
}

export function unmatchedOfflineAnswer(): string {
  return say({
    en: [
      "That question needs the AI coach, which isn't enabled here (an admin can add an AI provider key).",
      `Without AI I can help with: ${offlineTopics.map((t) => t.name).join(', ')}. Ask about one of those, or type /help.`,
    ],
    es: [
      'Esa pregunta necesita el coach con IA, que no está activado aquí (un administrador puede añadir la clave de un proveedor de IA).',
      `Sin IA puedo ayudarte con: ${offlineTopics.map((t) => offlineTopicsEs[t.name]?.name ?? t.name).join(', ')}. Pregúntame por alguno de esos temas o escribe /help.`,
    ],
  }).join('\n');
}

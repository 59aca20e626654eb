// What the chat shows around an interview: choosing options, the in-interview buttons, and
// the notices when one is running or finished.
import { commandButton, type Button, type OutgoingMessage } from '../model/message.ts';
import type { ParsedOptions } from './interview-options.ts';
import { say } from '../language/current.ts';

/** "/interview backend senior" plus one option, for the buttons that complete a choice. */
function withOption(options: ParsedOptions, add: string): string {
  return ['/interview', options.role, options.kind, options.level, add, options.company ? `at ${options.company}` : undefined].filter(Boolean).join(' ');
}

export function askKind(options: ParsedOptions): OutgoingMessage {
  return {
    text: say({
      en: 'What kind of interview? Mixed is the most realistic: stories about your work and questions about your craft.',
      es: '¿Qué tipo de entrevista? La mixta es la más realista: historias sobre tu trabajo y preguntas sobre tu oficio.',
    }),
    buttons: [
      commandButton(say({ en: 'Mixed', es: 'Mixta' }), withOption(options, 'mixed'), 'primary'),
      commandButton(say({ en: 'Behavioral', es: 'De comportamiento' }), withOption(options, 'behavioral')),
      commandButton(say({ en: 'Technical', es: 'Técnica' }), withOption(options, 'technical')),
    ],
  };
}

export function askLevel(options: ParsedOptions, suggested: string): OutgoingMessage {
  return {
    text: say({
      en: `At what level? ${suggested ? `Your resume reads as ${suggested}.` : ''}`.trim(),
      es: `¿De qué nivel? ${suggested ? `Tu currículum parece de nivel ${levelNamesEs[suggested] ?? suggested}.` : ''}`.trim(),
    }),
    buttons: (['junior', 'mid', 'senior'] as const).map((level) =>
      commandButton(say({ en: level[0]!.toUpperCase() + level.slice(1), es: levelButtonsEs[level] }), withOption(options, level), level === suggested ? 'primary' : undefined),
    ),
  };
}

const levelNamesEs: Record<string, string> = { junior: 'junior', mid: 'intermedio', senior: 'senior' };
const levelButtonsEs = { junior: 'Junior', mid: 'Intermedio', senior: 'Senior' } as const;

export const turnButtons = (): Button[] => [
  { label: say({ en: 'Hint', es: 'Pista' }), actionId: 'interview', value: 'hint' },
  { label: say({ en: 'Repeat', es: 'Repetir' }), actionId: 'interview', value: 'repeat' },
  { label: say({ en: 'Skip', es: 'Saltar' }), actionId: 'interview', value: 'skip' },
  { label: say({ en: 'End', es: 'Terminar' }), actionId: 'interview', value: 'end', style: 'danger' },
];

export function alreadyRunning(position: number, total: number): OutgoingMessage {
  const question = Math.min(position + 1, total);
  return {
    text: say({
      en: `You're in an interview (question ${question} of ${total}). Answer it, or /end it first to start another.`,
      es: `Estás en una entrevista (pregunta ${question} de ${total}). Respóndela, o termínala con /end antes de empezar otra.`,
    }),
    buttons: [commandButton(say({ en: 'End interview', es: 'Terminar la entrevista' }), '/end', 'danger')],
  };
}

export const noInterview = (): OutgoingMessage => ({
  text: say({ en: 'There is no interview running. Start one with /interview.', es: 'No hay ninguna entrevista en curso. Empieza una con /interview.' }),
  buttons: [commandButton(say({ en: 'Start an interview', es: 'Empezar una entrevista' }), '/interview', 'primary')],
});

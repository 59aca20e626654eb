// What the chat shows around an interview: choosing options, the in-interview buttons, and
// the notices when one is running or finished.
import { commandButton, type Button, type OutgoingMessage } from '../model/message.ts';
import type { ParsedOptions } from './interview-options.ts';

/** "/interview backend senior" plus one option, for the buttons that complete a choice. */
function withOption(options: ParsedOptions, add: string): string {
  return ['/interview', options.role, options.kind, options.level, add, options.company ? `at ${options.company}` : undefined].filter(Boolean).join(' ');
}

export function askKind(options: ParsedOptions): OutgoingMessage {
  return {
    text: 'What kind of interview? Mixed is the most realistic: stories about your work and questions about your craft.',
    buttons: [commandButton('Mixed', withOption(options, 'mixed'), 'primary'), commandButton('Behavioral', withOption(options, 'behavioral')), commandButton('Technical', withOption(options, 'technical'))],
  };
}

export function askLevel(options: ParsedOptions, suggested: string): OutgoingMessage {
  return {
    text: `At what level? ${suggested ? `Your resume reads as ${suggested}.` : ''}`.trim(),
    buttons: (['junior', 'mid', 'senior'] as const).map((level) => commandButton(level[0]!.toUpperCase() + level.slice(1), withOption(options, level), level === suggested ? 'primary' : undefined)),
  };
}

export const turnButtons: Button[] = [
  { label: 'Hint', actionId: 'interview', value: 'hint' },
  { label: 'Repeat', actionId: 'interview', value: 'repeat' },
  { label: 'Skip', actionId: 'interview', value: 'skip' },
  { label: 'End', actionId: 'interview', value: 'end', style: 'danger' },
];

export function alreadyRunning(position: number, total: number): OutgoingMessage {
  return { text: `You're in an interview (question ${Math.min(position + 1, total)} of ${total}). Answer it, or /end it first to start another.`, buttons: [commandButton('End interview', '/end', 'danger')] };
}

export const noInterview: OutgoingMessage = { text: 'There is no interview running. Start one with /interview.', buttons: [commandButton('Start an interview', '/interview', 'primary')] };

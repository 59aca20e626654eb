// What the interviewer says, in its persona: a friendly but rigorous interviewer for the
// role and company, who asks one thing at a time and never coaches mid-interview.
import type { SessionQuestion } from '../../interview/session.ts';

export function questionText(question: SessionQuestion, index: number, total: number): string {
  return `**Q${index + 1}/${total}.** ${question.text}`;
}

export function opening(role: string, company: string | undefined, kind: string, total: number): string {
  return `Interview: ${role}${company ? ` at ${company}` : ''} · ${kind} · ${total} questions. Answer as you would out loud; say "hint", "repeat" or "skip" any time, and /end to finish early.`;
}

export const closing = "That's all my questions. Thank you! I'm scoring your answers now; your report follows in a moment.";

export const endedEarly = "Okay, let's stop here. Thank you! I'm scoring the answers you gave; your report follows in a moment.";

export const hintPrefix = '💡 Hint:';

export const movingOn = "Let's move on.";

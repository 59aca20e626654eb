// What the interviewer says, in its persona: a friendly but rigorous interviewer for the
// role and company, who asks one thing at a time and never coaches mid-interview.
import { say } from '../../language/current.ts';
import type { SessionQuestion } from '../../interview/session.ts';

export function questionText(question: SessionQuestion, index: number, total: number): string {
  return `**${say({ en: 'Q', es: 'P' })}${index + 1}/${total}.** ${question.text}`;
}

const kindNames: Record<string, string> = { mixed: 'mixta', behavioral: 'de comportamiento', technical: 'técnica' };

export function opening(role: string, company: string | undefined, kind: string, total: number): string {
  return say({
    en: `Interview: ${role}${company ? ` at ${company}` : ''} · ${kind} · ${total} questions. Answer as you would out loud; say "hint", "repeat" or "skip" any time, and /end to finish early.`,
    es: `Entrevista: ${role}${company ? ` en ${company}` : ''} · ${kindNames[kind] ?? kind} · ${total} preguntas. Responde como lo harías en voz alta; di "pista", "repite" o "salta" cuando quieras, y /end para terminar antes.`,
  });
}

export const closing = () =>
  say({
    en: "That's all my questions. Thank you! I'm scoring your answers now; your report follows in a moment.",
    es: '¡Esas son todas mis preguntas, gracias! Estoy puntuando tus respuestas; tu informe llega en un momento.',
  });

export const endedEarly = () =>
  say({
    en: "Okay, let's stop here. Thank you! I'm scoring the answers you gave; your report follows in a moment.",
    es: 'De acuerdo, lo dejamos aquí. ¡Gracias! Estoy puntuando las respuestas que diste; tu informe llega en un momento.',
  });

export const hintPrefix = () => say({ en: '💡 Hint:', es: '💡 Pista:' });

export const movingOn = () => say({ en: "Let's move on.", es: 'Pasemos a la siguiente.' });

export const followUpPrefix = () => say({ en: 'Follow-up:', es: 'Pregunta de seguimiento:' });

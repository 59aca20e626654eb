// Every sentence the bot says, in one place. Short: what happened, and the next step.
import type { UsageSummary } from '../ports/store.ts';
import { commandButton, type Button, type OutgoingMessage } from '../model/message.ts';
import { availableCommands } from './commands.ts';
import { say } from '../language/current.ts';

export const uploadButton = (): Button => ({ label: say({ en: 'Upload resume', es: 'Subir currículum' }), actionId: 'upload-resume', value: '' });
const helpButton = () => commandButton(say({ en: 'How it works', es: 'Cómo funciona' }), '/help');

export const offlineNotice = () =>
  say({
    en: "No AI provider is configured, so I'm using my built-in coach. Answers are simpler; an admin can add an API key to enable AI.",
    es: 'No hay un proveedor de IA configurado, así que uso mi coach integrado. Las respuestas son más sencillas; un administrador puede añadir una clave de API para activar la IA.',
  });

export function welcome(name: string, aiConfigured: boolean): OutgoingMessage {
  const lines = say({
    en: [
      `Hi ${name}! I'm IntervAI, your interview and resume coach.`,
      "• Send me your resume (PDF, DOCX or text): I'll read it, show what I found and what to improve.",
      '• /optimize — score it against a job description and improve it.',
      '• /interview — a mock interview with feedback on every answer.',
      '• /pitch — craft your 60-second self-introduction.',
      '• /help — everything I can do.',
    ],
    es: [
      `¡Hola, ${name}! Soy IntervAI, tu coach de entrevistas y currículum.`,
      '• Envíame tu currículum (PDF, DOCX o texto): lo leo, te muestro lo que encontré y qué mejorar.',
      '• /optimize — compáralo con una oferta de trabajo y mejóralo.',
      '• /interview — una entrevista de práctica con comentarios sobre cada respuesta.',
      '• /pitch — prepara tu presentación de 60 segundos.',
      '• /help — todo lo que puedo hacer.',
    ],
  });
  if (!aiConfigured) lines.push('', `_${offlineNotice()}_`);
  const interview = say({ en: 'Start an interview', es: 'Empezar una entrevista' });
  return { text: lines.join('\n'), buttons: [{ ...uploadButton(), style: 'primary' }, commandButton(interview, '/interview'), helpButton()] };
}

export function help(): OutgoingMessage {
  const commands = availableCommands.map((c) => `• ${c.usage} — ${say({ en: c.summary, es: c.summaryEs })}`);
  const intro = say({
    en: [
      '**What I can do now**',
      '• Send a file — I read your resume (PDF, DOCX, TXT/MD or JSON Resume) and keep it as a new version.',
      '• Write a question — I answer as your coach (with AI when it is enabled, else from my written guides).',
    ],
    es: [
      '**Lo que puedo hacer**',
      '• Envía un archivo — leo tu currículum (PDF, DOCX, TXT/MD o JSON Resume) y lo guardo como una versión nueva.',
      '• Escribe una pregunta — te respondo como tu coach (con IA si está activada; si no, con mis guías, que están en inglés).',
    ],
  });
  return { text: [...intro, ...commands].join('\n'), buttons: [uploadButton()] };
}

export function unknownCommand(command: string): OutgoingMessage {
  return {
    text: say({ en: `I don't know ${command}. Type /help to see the commands I understand.`, es: `No conozco ${command}. Escribe /help para ver los comandos que entiendo.` }),
    buttons: [helpButton()],
  };
}

export const emptyMessage = (): OutgoingMessage => ({
  text: say({
    en: 'Your message was empty. Type /help to see what I can do, or send your resume as a file.',
    es: 'Tu mensaje estaba vacío. Escribe /help para ver lo que puedo hacer, o envía tu currículum como archivo.',
  }),
  buttons: [helpButton()],
});

export const thinking = () => say({ en: '💭 Thinking…', es: '💭 Pensando…' });

export function usageSummary(summary: UsageSummary, since: Date, aiConfigured: boolean): OutgoingMessage {
  const month = since.toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  if (summary.calls === 0) {
    const why = aiConfigured ? 'no AI calls yet' : 'no AI calls: the offline coach answers, and it is free';
    return { text: `**Your usage in ${month}:** ${why}.` };
  }
  const tasks = summary.byTask.map((t) => `${t.task} ${t.calls}`).join(', ');
  const tokens = (summary.inputTokens + summary.outputTokens).toLocaleString('en');
  return { text: `**Your usage in ${month}:** ${summary.calls} AI call${summary.calls === 1 ? '' : 's'} (${tasks}), ${tokens} tokens, about $${summary.costUsd.toFixed(4)}.` };
}

export const slowDown = (): OutgoingMessage => ({
  text: say({
    en: "You're sending messages faster than I can answer. Please wait a minute, then carry on; I skipped the last few.",
    es: 'Envías mensajes más rápido de lo que puedo responder. Espera un minuto y sigue; me salté los últimos.',
  }),
});

export const uploadInstructions = (): OutgoingMessage => ({
  text: say({
    en: 'Send your resume as a file in this chat: drag it in or use the attach (📎) button. PDF, DOCX, TXT/MD or JSON Resume, up to the size limit.',
    es: 'Envía tu currículum como archivo en este chat: arrástralo o usa el botón de adjuntar (📎). PDF, DOCX, TXT/MD o JSON Resume, hasta el tamaño máximo.',
  }),
});

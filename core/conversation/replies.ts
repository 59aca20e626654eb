// Every sentence the bot says, in one place. Short: what happened, and the next step.
import type { UsageSummary } from '../ports/store.ts';
import { commandButton, type Button, type OutgoingMessage } from '../model/message.ts';
import { availableCommands } from './commands.ts';

export const uploadButton: Button = { label: 'Upload resume', actionId: 'upload-resume', value: '' };
const helpButton = commandButton('How it works', '/help');

export const offlineNotice =
  "No AI provider is configured, so I'm using my built-in coach. Answers are simpler; an admin can add an API key to enable AI.";

export function welcome(name: string, aiConfigured: boolean): OutgoingMessage {
  const lines = [
    `Hi ${name}! I'm IntervAI, your interview and resume coach.`,
    "• Send me your resume (PDF, DOCX or text): I'll read it, show what I found and what to improve.",
    '• /optimize — score it against a job description and improve it.',
    '• /interview — a mock interview with feedback on every answer.',
    '• /pitch — craft your 60-second self-introduction.',
    '• /help — everything I can do.',
  ];
  if (!aiConfigured) lines.push('', `_${offlineNotice}_`);
  return { text: lines.join('\n'), buttons: [{ ...uploadButton, style: 'primary' }, commandButton('Start an interview', '/interview'), helpButton] };
}

export function help(): OutgoingMessage {
  const now = availableCommands.map((c) => `• ${c.usage} — ${c.summary}`);
  return {
    text: [
      '**What I can do now**',
      '• Send a file — I read your resume (PDF, DOCX, TXT/MD or JSON Resume) and keep it as a new version.',
      '• Write a question — I answer as your coach (with AI when it is enabled, else from my written guides).',
      ...now,
    ].join('\n'),
    buttons: [uploadButton],
  };
}

export function unknownCommand(command: string): OutgoingMessage {
  return { text: `I don't know ${command}. Type /help to see the commands I understand.`, buttons: [helpButton] };
}

export const emptyMessage: OutgoingMessage = {
  text: 'Your message was empty. Type /help to see what I can do, or send your resume as a file.',
  buttons: [helpButton],
};

export const thinking = '💭 Thinking…';

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

export const slowDown: OutgoingMessage = {
  text: "You're sending messages faster than I can answer. Please wait a minute, then carry on; I skipped the last few.",
};

export const uploadInstructions: OutgoingMessage = {
  text: 'Send your resume as a file in this chat: drag it in or use the attach (📎) button. PDF, DOCX, TXT/MD or JSON Resume, up to the size limit.',
};

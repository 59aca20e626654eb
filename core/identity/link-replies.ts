// What /link says. Short: a code and where to send it, or what happened to the one sent.
import { commandButton, type OutgoingMessage, type Platform } from '../model/message.ts';
import { codeLifetimeMinutes } from './link-code.ts';

const platformNames: Record<Platform, string> = { web: 'playground', terminal: 'terminal', slack: 'Slack', discord: 'Discord', telegram: 'Telegram' };

/** "Telegram and Slack", "Discord, Slack and Telegram". */
function listOf(platforms: Platform[]): string {
  const names = platforms.map((p) => platformNames[p]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export const codeOnlyInPrivate: OutgoingMessage = {
  text: 'A link code opens your profile to whoever sends it, so I only give one in a direct message. Send /link to me there.',
};

export const linkCode = (code: string): OutgoingMessage => ({
  text: [
    `Your link code: **${code}** (works once, for ${codeLifetimeMinutes} minutes).`,
    `On your other platform, send \`/link ${code}\` to me. That account then joins this one: one IntervAI profile, with your resume, interviews and stories on both.`,
    'Keep it to yourself: whoever sends it joins this profile. A new /link replaces this code.',
  ].join('\n'),
});

export function linked(platforms: Platform[], notes: { endedInterview: boolean; cancelledPlan: boolean }): OutgoingMessage {
  const accounts = platforms.length > 1 ? `your ${listOf(platforms)} accounts are` : `your ${listOf(platforms)} accounts are both`;
  const extra = [
    notes.endedInterview ? 'You had an interview going on both: the one started here was ended, the other goes on.' : '',
    notes.cancelledPlan ? 'You had a plan on both: the one from this account was stopped; /plan shows the one that goes on.' : '',
  ].filter(Boolean);
  return {
    text: [`Linked: ${accounts} now one IntervAI profile (resume, interviews, stories…).`, ...extra].join(' '),
    buttons: [commandButton('My resume', '/resume'), commandButton('My stories', '/stories')],
  };
}

export const unknownLinkCode: OutgoingMessage = {
  text: "That code doesn't work: it may be mistyped or already used. Send /link on your other platform for a new one.",
};

export const expiredLinkCode: OutgoingMessage = {
  text: `That code has expired (codes last ${codeLifetimeMinutes} minutes). Send /link on your other platform for a new one.`,
};

export const alreadyLinked: OutgoingMessage = {
  text: 'Already linked: that code belongs to this same profile, so there is nothing to join. To add another account, send the code from that account.',
};

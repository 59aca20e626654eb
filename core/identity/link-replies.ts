// What /link says. Short: a code and where to send it, or what happened to the one sent.
import { commandButton, type OutgoingMessage, type Platform } from '../model/message.ts';
import { say } from '../language/current.ts';
import { codeLifetimeMinutes } from './link-code.ts';

const platformNames: Record<Platform, string> = { web: 'playground', terminal: 'terminal', slack: 'Slack', discord: 'Discord', telegram: 'Telegram' };

/** "Telegram and Slack", "Discord, Slack and Telegram" (with "y" in Spanish). */
function listOf(platforms: Platform[]): string {
  const names = platforms.map((p) => platformNames[p]);
  const and = say({ en: 'and', es: 'y' });
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

export const codeOnlyInPrivate = (): OutgoingMessage => ({
  text: say({
    en: 'A link code opens your profile to whoever sends it, so I only give one in a direct message. Send /link to me there.',
    es: 'Un código de enlace abre tu perfil a quien lo envíe, así que solo lo doy en un mensaje directo. Envíame /link allí.',
  }),
});

export const linkCode = (code: string): OutgoingMessage => ({
  text: say({
    en: [
      `Your link code: **${code}** (works once, for ${codeLifetimeMinutes} minutes).`,
      `On your other platform, send \`/link ${code}\` to me. That account then joins this one: one IntervAI profile, with your resume, interviews and stories on both.`,
      'Keep it to yourself: whoever sends it joins this profile. A new /link replaces this code.',
    ],
    es: [
      `Tu código de enlace: **${code}** (sirve una vez, durante ${codeLifetimeMinutes} minutos).`,
      `En tu otra plataforma, envíame \`/link ${code}\`. Esa cuenta se unirá a esta: un solo perfil de IntervAI, con tu currículum, tus entrevistas y tus historias en las dos.`,
      'No lo compartas: quien lo envíe se une a este perfil. Un nuevo /link sustituye este código.',
    ],
  }).join('\n'),
});

export function linked(platforms: Platform[], notes: { endedInterview: boolean; cancelledPlan: boolean }): OutgoingMessage {
  const list = listOf(platforms);
  const lines = say({
    en: [
      `Linked: your ${list} accounts are ${platforms.length > 1 ? '' : 'both '}now one IntervAI profile (resume, interviews, stories…).`,
      notes.endedInterview ? 'You had an interview going on both: the one started here was ended, the other goes on.' : '',
      notes.cancelledPlan ? 'You had a plan on both: the one from this account was stopped; /plan shows the one that goes on.' : '',
    ],
    es: [
      `Enlazadas: tus cuentas de ${list} son ahora un solo perfil de IntervAI (currículum, entrevistas, historias…).`,
      notes.endedInterview ? 'Tenías una entrevista en marcha en las dos: la que empezaste aquí terminó y la otra sigue.' : '',
      notes.cancelledPlan ? 'Tenías un plan en las dos: el de esta cuenta se detuvo; /plan muestra el que sigue.' : '',
    ],
  }).filter(Boolean);
  return {
    text: lines.join(' '),
    buttons: [commandButton(say({ en: 'My resume', es: 'Mi currículum' }), '/resume'), commandButton(say({ en: 'My stories', es: 'Mis historias' }), '/stories')],
  };
}

export const unknownLinkCode = (): OutgoingMessage => ({
  text: say({
    en: "That code doesn't work: it may be mistyped or already used. Send /link on your other platform for a new one.",
    es: 'Ese código no funciona: puede que esté mal escrito o ya usado. Envía /link en tu otra plataforma para obtener uno nuevo.',
  }),
});

export const expiredLinkCode = (): OutgoingMessage => ({
  text: say({
    en: `That code has expired (codes last ${codeLifetimeMinutes} minutes). Send /link on your other platform for a new one.`,
    es: `Ese código ha caducado (duran ${codeLifetimeMinutes} minutos). Envía /link en tu otra plataforma para obtener uno nuevo.`,
  }),
});

export const alreadyLinked = (): OutgoingMessage => ({
  text: say({
    en: 'Already linked: that code belongs to this same profile, so there is nothing to join. To add another account, send the code from that account.',
    es: 'Ya está enlazado: ese código es de este mismo perfil, así que no hay nada que unir. Para añadir otra cuenta, envía el código desde esa cuenta.',
  }),
});

// /pitch (PitchPerfect): paste a pitch to have it timed and critiqued, or draft one together:
// the bot asks the target role, the audience and the length, then drafts only from resume
// facts and saved stories (with AI when configured, checked against those facts). Iterate,
// save the version you like; /pitch shows it again.
import type { AiGateway } from '../ai/gateway.ts';
import type { Flows } from '../conversation/flows.ts';
import type { ConversationRef, Outbox } from '../conversation/outbox.ts';
import type { Button, OutgoingMessage } from '../model/message.ts';
import type { Store } from '../ports/store.ts';
import { draftPitchWithAi } from './ai-draft.ts';
import { critiquePitch, type PitchCritique } from './critique.ts';
import { draftPitch, type Audience } from './draft.ts';
import { say } from '../language/current.ts';

export interface PitchDeps {
  store: Store;
  outbox: Outbox;
  flows: Flows;
  ai: AiGateway;
  /** False when the user has spent this month's AI tokens: the draft comes from the template. */
  aiAllowed: (userId: string) => Promise<boolean>;
}

export const pitching = 'pitch';

type Target = 30 | 60 | 90;
interface PitchState {
  /** Whose pitch; typed answers continue the same user's steps. */
  userId: string;
  target: Target;
  /** True when /pitch named the length, so drafting does not ask for it again. */
  targetChosen?: boolean;
  /** The question being asked while drafting together. */
  step?: 'role' | 'audience' | 'length';
  roleSuggestions?: string[];
  role?: string;
  audience?: Audience;
  candidate?: string;
}

const button = (label: string, value: string, style?: Button['style']): Button => ({ label, actionId: 'pitch', value, style });
const wordsFor = (target: Target) => `${Math.round((target * 130) / 60)}–${Math.round((target * 150) / 60)} ${say({ en: 'words', es: 'palabras' })}`;
const noResumeYet = (): OutgoingMessage => ({
  text: say({
    en: "I draft from your resume, and I don't have it yet. Send it as a file, or paste your own pitch here.",
    es: 'Escribo el borrador a partir de tu currículum, y todavía no lo tengo. Envíamelo como archivo, o pega aquí tu propia presentación.',
  }),
});
const audienceLabels = (): Record<Audience, string> =>
  say({
    en: { recruiter: 'A recruiter', manager: 'The hiring manager', networking: 'Networking event' },
    es: { recruiter: 'Un reclutador', manager: 'El responsable de contratación', networking: 'Evento de networking' },
  });
const buttonLabels = () =>
  say({
    en: { save: 'Save this version', draft: 'Draft with me', done: 'Done' },
    es: { save: 'Guardar esta versión', draft: 'Escribirla conmigo', done: 'Listo' },
  });

function critiqueMessage(text: string, critique: PitchCritique, intro?: string): OutgoingMessage {
  const lines = [
    ...(intro ? [intro, '', `"${text}"`, ''] : []),
    say({
      en: `**${critique.words} words ≈ ${critique.seconds[0]}–${critique.seconds[1]} s**${critique.target ? ` (aim: ${critique.target} s, ${wordsFor(critique.target as Target)})` : ''}`,
      es: `**${critique.words} palabras ≈ ${critique.seconds[0]}–${critique.seconds[1]} s**${critique.target ? ` (objetivo: ${critique.target} s, ${wordsFor(critique.target as Target)})` : ''}`,
    }),
    ...critique.checks.map((c) => `${c.ok ? '✅' : '❌'} ${c.name}: ${c.note}`),
  ];
  const label = buttonLabels();
  if (critique.fillers.length) lines.push(`${say({ en: 'Filler words', es: 'Muletillas' })}: ${critique.fillers.join(', ')}`);
  lines.push(
    say({ en: `**One edit:** ${critique.edit}`, es: `**Un cambio:** ${critique.edit}` }),
    '',
    say({
      en: '_Timed at 130–150 words a minute with a structure check. Send a new version any time._',
      es: '_Cronometrado a 130–150 palabras por minuto, con revisión de la estructura. Envía una nueva versión cuando quieras._',
    }),
  );
  return { text: lines.join('\n'), buttons: [button(label.save, 'save', 'primary'), button(label.draft, 'draft'), button(label.done, 'done')] };
}

export async function startPitch(deps: PitchDeps, to: ConversationRef, userId: string, args: string): Promise<void> {
  const chosen = ([30, 60, 90] as const).find((t) => args.includes(String(t)));
  const target = chosen ?? 60;
  await deps.flows.set(to.conversationId, pitching, { userId, target, targetChosen: chosen !== undefined } satisfies PitchState);
  const saved = await deps.store.pitches.latest(userId);
  const intro = saved
    ? say({
        en: `**Your saved pitch** (${saved.targetSeconds ?? 60} s):\n"${saved.text}"\n\nSend a new version to have it critiqued, or let's draft a new one together.`,
        es: `**Tu presentación guardada** (${saved.targetSeconds ?? 60} s):\n"${saved.text}"\n\nEnvía una nueva versión para que la revise, o escribamos una nueva juntos.`,
      })
    : say({
        en: `Let's work on your ${target}-second pitch (${wordsFor(target)}). Paste it here and I'll time and critique it, or let's draft one together from your resume and stories.`,
        es: `Trabajemos en tu presentación de ${target} segundos (${wordsFor(target)}). Pégala aquí y la cronometro y te doy mi opinión, o escribamos una juntos a partir de tu currículum y tus historias.`,
      });
  const label = buttonLabels();
  await deps.outbox.send(to, { text: intro, buttons: [button(label.draft, 'draft', 'primary'), button(label.done, 'done')] });
}

/** Longest role kept from a typed answer; it is repeated in questions and the draft. */
const maxRoleChars = 80;

/** Free text while /pitch is open: the answer to the question asked, or a pitch to critique. */
export async function pitchText(deps: PitchDeps, to: ConversationRef, state: unknown, text: string): Promise<void> {
  const current = state as PitchState;
  const short = text.split(/\s+/).length <= 8;
  // A short reply answers the question asked; a long one is a pitch pasted instead.
  if (current.step === 'role' && short) return askAudience(deps, to, { ...current, role: text.trim().slice(0, maxRoleChars) });
  if (current.step === 'audience' && short) {
    const audience = audienceIn(text);
    return audience ? pitchAction(deps, to, current.userId, `audience:${audience}`) : askAudience(deps, to, current, say({ en: 'Tap one of these, or type "recruiter", "hiring manager" or "networking".', es: 'Toca una de estas opciones, o escribe "reclutador", "responsable de contratación" o "networking".' }));
  }
  if (current.step === 'length' && short) {
    const seconds = /\b(30|60|90)\b/.exec(text)?.[1];
    return seconds ? pitchAction(deps, to, current.userId, `length:${seconds}`) : askLength(deps, to, current, say({ en: 'Tap one of these, or type 30, 60 or 90.', es: 'Toca una de estas opciones, o escribe 30, 60 o 90.' }));
  }
  const next: PitchState = { userId: current.userId, target: current.target, targetChosen: current.targetChosen, candidate: text };
  await deps.flows.set(to.conversationId, pitching, next);
  await deps.outbox.send(to, critiqueMessage(text, critiquePitch(text, current.target)));
}

/** The buttons: draft, role:i, audience:x, length:n, save, done. */
export async function pitchAction(deps: PitchDeps, to: ConversationRef, userId: string, value: string): Promise<void> {
  const flow = await deps.flows.get(to.conversationId);
  const [action, choice = ''] = value.split(':');
  // Buttons from a pitch session that has ended must not act on whatever runs now (an interview).
  if (flow?.flow !== pitching && action !== 'draft') return void (await deps.outbox.send(to, { text: oldButton() }));
  const state = (flow?.flow === pitching ? flow.state : { userId, target: 60 }) as PitchState;
  if (action === 'done') {
    await deps.flows.clear(to.conversationId);
    return void (await deps.outbox.send(to, { text: say({ en: 'Okay. /pitch brings your pitch back any time.', es: 'De acuerdo. /pitch te trae de vuelta tu presentación cuando quieras.' }) }));
  }
  if (action === 'save') {
    if (!state.candidate) {
      const text = say({ en: 'Paste your pitch here first (or tap Draft with me), then tap Save.', es: 'Primero pega aquí tu presentación (o toca Escribirla conmigo) y luego toca Guardar.' });
      return void (await deps.outbox.send(to, { text }));
    }
    await deps.store.pitches.save(userId, state.candidate, state.target);
    await deps.flows.clear(to.conversationId);
    const text = say({
      en: `✅ Saved as your ${state.target}-second pitch. /pitch shows it any time; practise it aloud with a timer.`,
      es: `✅ Guardada como tu presentación de ${state.target} segundos. /pitch la muestra cuando quieras; practícala en voz alta con un cronómetro.`,
    });
    return void (await deps.outbox.send(to, { text }));
  }
  if (action === 'draft') return askRole(deps, to, userId, state);
  if (action === 'role') return askAudience(deps, to, { ...state, role: state.roleSuggestions?.[Number(choice)] });
  if (action === 'audience') {
    const audience = (['recruiter', 'manager', 'networking'] as const).find((a) => a === choice) ?? 'manager';
    if (state.targetChosen) return draft(deps, to, userId, { ...state, audience });
    return askLength(deps, to, { ...state, audience });
  }
  if (action === 'length') {
    const target = ([30, 60, 90] as const).find((t) => String(t) === choice) ?? 60;
    return draft(deps, to, userId, { ...state, target, targetChosen: true });
  }
  await deps.outbox.send(to, { text: say({ en: 'That button belongs to an older pitch session. /pitch starts again.', es: 'Ese botón es de una sesión de presentación anterior. /pitch vuelve a empezar.' }) });
}

const oldButton = () => say({ en: 'That button belongs to an earlier pitch session. /pitch starts again.', es: 'Ese botón es de una sesión de presentación anterior. /pitch vuelve a empezar.' });

async function askRole(deps: PitchDeps, to: ConversationRef, userId: string, state: PitchState): Promise<void> {
  const resume = await deps.store.resumes.parsedVersion(userId);
  if (!resume) return void (await deps.outbox.send(to, noResumeYet()));
  const optimization = await deps.store.optimizations.latestFor(userId);
  const suggestions = [...new Set([optimization?.requirements?.displayTitle ?? optimization?.requirements?.titles[0], resume.parsed.basics.label, resume.parsed.work[0]?.position].filter((s): s is string => !!s))].slice(0, 3);
  await deps.flows.set(to.conversationId, pitching, { ...state, step: 'role', roleSuggestions: suggestions } satisfies PitchState);
  await deps.outbox.send(to, { text: say({ en: '**Which role is this pitch for?** Tap one or type it.', es: '**¿Para qué puesto es esta presentación?** Toca uno o escríbelo.' }), buttons: suggestions.map((s, i) => button(s, `role:${i}`)) });
}

function audienceIn(text: string): Audience | undefined {
  if (/recruit|reclut|hr\b|rrhh|talent/i.test(text)) return 'recruiter';
  if (/manager|interviewer|team lead|hiring|responsable|entrevistador|jef[ea]|contrataci/i.test(text)) return 'manager';
  if (/network|event|meetup|conference|coffee|evento|conferencia|caf[eé]/i.test(text)) return 'networking';
  return undefined;
}

async function askLength(deps: PitchDeps, to: ConversationRef, state: PitchState, hint?: string): Promise<void> {
  await deps.flows.set(to.conversationId, pitching, { ...state, step: 'length' } satisfies PitchState);
  const text = say({ en: `**How long?** ${hint ?? '60 seconds suits most introductions.'}`, es: `**¿Cuánto tiempo?** ${hint ?? '60 segundos van bien para la mayoría de las presentaciones.'}` });
  await deps.outbox.send(to, { text, buttons: [button('30 s', 'length:30'), button('60 s', 'length:60', 'primary'), button('90 s', 'length:90')] });
}

async function askAudience(deps: PitchDeps, to: ConversationRef, state: PitchState, hint?: string): Promise<void> {
  await deps.flows.set(to.conversationId, pitching, { ...state, step: 'audience' } satisfies PitchState);
  await deps.outbox.send(to, {
    text: say({
      en: `**Who will hear it?**${state.role ? ` (for ${state.role})` : ''}${hint ? ` ${hint}` : ''}`,
      es: `**¿Quién la va a escuchar?**${state.role ? ` (para ${state.role})` : ''}${hint ? ` ${hint}` : ''}`,
    }),
    buttons: Object.entries(audienceLabels()).map(([audience, label]) => button(label, `audience:${audience}`)),
  });
}

async function draft(deps: PitchDeps, to: ConversationRef, userId: string, state: PitchState): Promise<void> {
  const [resume, stories] = await Promise.all([deps.store.resumes.parsedVersion(userId), deps.store.stories.list(userId)]);
  if (!resume) return void (await deps.outbox.send(to, noResumeYet()));
  const brief = { role: state.role, audience: state.audience ?? 'manager', target: state.target };
  const written = deps.ai.available && (await deps.aiAllowed(userId)) ? await draftPitchWithAi(deps.ai, userId, resume.parsed, brief, stories) : undefined;
  const text = written ?? draftPitch(resume.parsed, brief, stories);
  await deps.flows.set(to.conversationId, pitching, { userId, target: state.target, targetChosen: true, candidate: text } satisfies PitchState);
  const intro = say({
    en: () => {
      const from = stories.length ? 'your resume and saved stories' : 'your resume';
      return written ? `**A draft written with AI from ${from}** (checked against them):` : `**A draft from ${from}** (fill in the brackets in your own words):`;
    },
    es: () => {
      const from = stories.length ? 'tu currículum y tus historias guardadas' : 'tu currículum';
      return written ? `**Un borrador escrito con IA a partir de ${from}** (comprobado con ellos):` : `**Un borrador a partir de ${from}** (completa los corchetes con tus propias palabras):`;
    },
  })();
  await deps.outbox.send(to, critiqueMessage(text, critiquePitch(text, state.target), intro));
}

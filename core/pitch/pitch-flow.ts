// /pitch: draft an elevator pitch from the resume, or paste one to have it timed and critiqued;
// iterate, then save the version you like. /pitch shows the saved one.
import type { Flows } from '../conversation/flows.ts';
import type { ConversationRef, Outbox } from '../conversation/outbox.ts';
import type { Button, OutgoingMessage } from '../model/message.ts';
import type { Store } from '../ports/store.ts';
import { critiquePitch, type PitchCritique } from './critique.ts';
import { draftPitch } from './draft.ts';

export interface PitchDeps {
  store: Store;
  outbox: Outbox;
  flows: Flows;
}

export const pitching = 'pitch';

type Target = 30 | 60 | 90;
interface PitchState {
  target: Target;
  candidate?: string;
}

const button = (label: string, value: string, style?: Button['style']): Button => ({ label, actionId: 'pitch', value, style });
const wordsFor = (target: Target) => `${Math.round((target * 130) / 60)}–${Math.round((target * 150) / 60)} words`;

function critiqueMessage(text: string, critique: PitchCritique, intro?: string): OutgoingMessage {
  const lines = [
    ...(intro ? [intro, '', `"${text}"`, ''] : []),
    `**${critique.words} words ≈ ${critique.seconds[0]}–${critique.seconds[1]} s**${critique.target ? ` (aim: ${critique.target} s, ${wordsFor(critique.target as Target)})` : ''}`,
    ...critique.checks.map((c) => `${c.ok ? '✅' : '❌'} ${c.name}: ${c.note}`),
  ];
  if (critique.fillers.length) lines.push(`Filler words: ${critique.fillers.join(', ')}`);
  lines.push(`**One edit:** ${critique.edit}`, '', '_Offline coach: timed at 130–150 words a minute with a structure check, not AI. Send a new version any time._');
  return { text: lines.join('\n'), buttons: [button('Save this version', 'save', 'primary'), button('Draft from my resume', 'draft'), button('Done', 'done')] };
}

export async function startPitch(deps: PitchDeps, to: ConversationRef, userId: string, args: string): Promise<void> {
  const target = ([30, 60, 90] as const).find((t) => args.includes(String(t))) ?? 60;
  await deps.flows.set(to.conversationId, pitching, { target } satisfies PitchState);
  const saved = await deps.store.pitches.latest(userId);
  const intro = saved
    ? `**Your saved pitch** (${saved.targetSeconds ?? 60} s):\n"${saved.text}"\n\nSend a new version to have it critiqued, or draft one from your resume.`
    : `Let's work on your ${target}-second pitch (${wordsFor(target)}). Paste it here and I'll time and critique it, or let me draft one from your resume.`;
  await deps.outbox.send(to, { text: intro, buttons: [button('Draft from my resume', 'draft', 'primary'), button('Done', 'done')] });
}

/** A pasted pitch while /pitch is open. */
export async function pitchText(deps: PitchDeps, to: ConversationRef, state: unknown, text: string): Promise<void> {
  const { target } = state as PitchState;
  await deps.flows.set(to.conversationId, pitching, { target, candidate: text } satisfies PitchState);
  await deps.outbox.send(to, critiqueMessage(text, critiquePitch(text, target)));
}

/** Draft, Save or Done. */
export async function pitchAction(deps: PitchDeps, to: ConversationRef, userId: string, value: string): Promise<void> {
  const flow = await deps.flows.get(to.conversationId);
  const state = (flow?.flow === pitching ? flow.state : { target: 60 }) as PitchState;
  if (value === 'done') {
    await deps.flows.clear(to.conversationId);
    return void (await deps.outbox.send(to, { text: 'Okay. /pitch brings your pitch back any time.' }));
  }
  if (value === 'save') {
    if (!state.candidate) return void (await deps.outbox.send(to, { text: 'Paste your pitch here first (or tap Draft from my resume), then tap Save.' }));
    await deps.store.pitches.save(userId, state.candidate, state.target);
    await deps.flows.clear(to.conversationId);
    return void (await deps.outbox.send(to, { text: '✅ Saved as your pitch. /pitch shows it any time; practise it aloud with a timer.' }));
  }
  const resume = await deps.store.resumes.parsedVersion(userId);
  if (!resume) return void (await deps.outbox.send(to, { text: 'I draft from your resume, and I don\'t have it yet. Send it as a file, or paste your own pitch here.' }));
  const optimization = await deps.store.optimizations.latestFor(userId);
  const draft = draftPitch(resume.parsed, optimization?.requirements?.displayTitle ?? optimization?.requirements?.titles[0]);
  await deps.flows.set(to.conversationId, pitching, { target: state.target, candidate: draft } satisfies PitchState);
  await deps.outbox.send(to, critiqueMessage(draft, critiquePitch(draft, state.target), '**A draft from your resume** (fill in the brackets in your own words):'));
}

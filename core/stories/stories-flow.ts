// /stories: the story bank. Lists saved STAR stories, and offers new ones drawn from strong
// interview answers and resume bullets, one card at a time with Save and Skip. A story the
// Strategist heard in chat is offered the same way. Nothing is saved without a tap.
import type { Flows } from '../conversation/flows.ts';
import type { ConversationRef, Outbox } from '../conversation/outbox.ts';
import type { Button, OutgoingMessage } from '../model/message.ts';
import type { Store } from '../ports/store.ts';
import { createHash } from 'node:crypto';
import { storyCandidates } from './candidates.ts';
import { storyLine, type StoryDraft } from './story.ts';
import { say } from '../language/current.ts';

export interface StoriesDeps {
  store: Store;
  outbox: Outbox;
  flows: Flows;
}

/** Holds the stories waiting for a yes or no; free text still goes to the coach meanwhile. */
export const reviewingStories = 'stories';

interface ReviewState {
  pending: StoryDraft[];
}

/** A short key naming the card a button belongs to (Telegram allows 64 bytes of button data). */
const keyOf = (draft: StoryDraft) => createHash('sha256').update(draft.sourceRef).digest('hex').slice(0, 12);
const button = (label: string, value: string, style?: Button['style']): Button => ({ label, actionId: 'story', value, style });

const cardWords = () =>
  say({
    en: {
      sources: { interview: 'from a strong interview answer', resume: 'from a resume bullet', chat: 'from what you told me' } as Record<StoryDraft['source'], string>,
      ask: 'Save this story?',
      more: (n: number) => `${n} more after this`,
      parts: ['Situation', 'Task', 'Action', 'Result'],
      brackets: '_Brackets mark what your source did not say: fill them in when you tell it._',
      buttons: ['Save', 'Skip', 'Stop'],
    },
    es: {
      sources: { interview: 'de una buena respuesta de entrevista', resume: 'de una viñeta de tu currículum', chat: 'de lo que me contaste' } as Record<StoryDraft['source'], string>,
      ask: '¿Guardo esta historia?',
      more: (n: number) => (n === 1 ? 'queda 1 más después de esta' : `quedan ${n} más después de esta`),
      parts: ['Situación', 'Tarea', 'Acción', 'Resultado'],
      brackets: '_Los corchetes marcan lo que tu fuente no decía: complétalos cuando la cuentes._',
      buttons: ['Guardar', 'Saltar', 'Parar'],
    },
  });

function storyCard(draft: StoryDraft, left: number): OutgoingMessage {
  const words = cardWords();
  const [situation, task, action, result] = words.parts;
  const lines = [
    `**${words.ask}** (${words.sources[draft.source]}${left > 1 ? `, ${words.more(left - 1)}` : ''})`,
    `**${draft.title}**`,
    `• **${situation}:** ${draft.situation}`,
    `• **${task}:** ${draft.task}`,
    `• **${action}:** ${draft.action}`,
    `• **${result}:** ${draft.result}`,
  ];
  if (/\[/.test(`${draft.situation}${draft.task}${draft.action}${draft.result}`)) lines.push('', words.brackets);
  const key = keyOf(draft);
  const [save, skip, stop] = words.buttons;
  return { text: lines.join('\n'), buttons: [button(save!, `save:${key}`, 'primary'), button(skip!, `skip:${key}`), button(stop!, 'stop')] };
}

async function showNext(deps: StoriesDeps, to: ConversationRef, pending: StoryDraft[], done: string): Promise<void> {
  if (pending.length === 0) {
    await deps.flows.clear(to.conversationId);
    return void (await deps.outbox.send(to, { text: `${done}${say({ en: '/stories shows your bank; /pitch and interview reports use these stories.', es: '/stories muestra tu banco de historias; /pitch y los informes de entrevista las usan.' })}` }));
  }
  await deps.flows.set(to.conversationId, reviewingStories, { pending } satisfies ReviewState);
  const card = storyCard(pending[0]!, pending.length);
  await deps.outbox.send(to, done ? { ...card, text: `${done.trim()}\n\n${card.text}` } : card);
}

export async function showStories(deps: StoriesDeps, to: ConversationRef, userId: string, args = ''): Promise<void> {
  const removing = /^(?:remove|delete)\s+(\d+)$/i.exec(args.trim());
  if (removing) return removeStory(deps, to, userId, Number(removing[1]));
  const [saved, candidates] = await Promise.all([deps.store.stories.list(userId), storyCandidates(deps.store, userId)]);
  const lines = saved.length
    ? [say({ en: `**Your story bank** (${saved.length})`, es: `**Tu banco de historias** (${saved.length})` }), ...saved.slice(0, 10).map((s, i) => `${i + 1}. ${storyLine(s)}`)]
    : [
        say({
          en: '**Your story bank is empty.** Good STAR stories are the backbone of interviews and pitches.',
          es: '**Tu banco de historias está vacío.** Las buenas historias STAR son la base de las entrevistas y las presentaciones.',
        }),
      ];
  if (candidates.length === 0) {
    const none = saved.length
      ? say({ en: 'No new stories to offer right now.', es: 'Ahora mismo no tengo historias nuevas que proponerte.' })
      : say({
          en: 'I draw stories from strong /interview answers and from resume bullets with numbers. Send your resume or run /interview, or tell me about an achievement.',
          es: 'Saco historias de tus buenas respuestas en /interview y de las viñetas de tu currículum con cifras. Envíame tu currículum, haz una /interview o cuéntame un logro.',
        });
    lines.push('', none);
    return void (await deps.outbox.send(to, { text: lines.join('\n') }));
  }
  const n = candidates.length;
  const found = say({
    en: `I found ${n} possible ${n === 1 ? 'story' : 'stories'} in your interviews and resume.`,
    es: `Encontré ${n === 1 ? 'una posible historia' : `${n} posibles historias`} en tus entrevistas y tu currículum.`,
  });
  await deps.outbox.send(to, { text: [...lines, '', found].join('\n') });
  await showNext(deps, to, candidates, '');
}

async function removeStory(deps: StoriesDeps, to: ConversationRef, userId: string, number: number): Promise<void> {
  const story = (await deps.store.stories.list(userId))[number - 1];
  if (!story || !(await deps.store.stories.remove(userId, story.id))) return void (await deps.outbox.send(to, { text: say({ en: `You have no story ${number}. /stories lists them with their numbers.`, es: `No tienes la historia ${number}. /stories las muestra con sus números.` }) }));
  await deps.outbox.send(to, { text: say({ en: `Removed "${story.title}" from your story bank.`, es: `He quitado "${story.title}" de tu banco de historias.` }) });
}

/** A story heard in chat (the Strategist's save_story), offered first, before any still under review. */
export async function offerStory(deps: StoriesDeps, to: ConversationRef, draft: StoryDraft): Promise<void> {
  const flow = await deps.flows.get(to.conversationId);
  const waiting = flow?.flow === reviewingStories ? (flow.state as ReviewState).pending.filter((d) => d.sourceRef !== draft.sourceRef) : [];
  await deps.flows.set(to.conversationId, reviewingStories, { pending: [draft, ...waiting] } satisfies ReviewState);
  await deps.outbox.send(to, storyCard(draft, waiting.length + 1));
}

/** Save, Skip or Stop on a card; Save and Skip name their card, so an old or double tap cannot act on another. */
export async function storyAction(deps: StoriesDeps, to: ConversationRef, userId: string, value: string): Promise<void> {
  const flow = await deps.flows.get(to.conversationId);
  const pending = flow?.flow === reviewingStories ? (flow.state as ReviewState).pending : [];
  if (value === 'stop') {
    if (flow?.flow === reviewingStories) await deps.flows.clear(to.conversationId);
    return void (await deps.outbox.send(to, { text: say({ en: 'Okay, stopping here. /stories picks this up again.', es: 'De acuerdo, lo dejamos aquí. /stories lo retoma.' }) }));
  }
  const [action, key] = value.split(':');
  const card = pending.find((d) => keyOf(d) === key);
  if (!card) return void (await deps.outbox.send(to, { text: say({ en: 'That story card has been dealt with already. /stories shows your bank and offers new ones.', es: 'Esa tarjeta de historia ya está resuelta. /stories muestra tu banco y te propone otras nuevas.' }) }));
  const rest = pending.filter((d) => d !== card);
  let done: string;
  if (action === 'save') {
    done = (await deps.store.stories.save(userId, card))
      ? say({ en: `✅ Saved "${card.title}". `, es: `✅ Guardada "${card.title}". ` })
      : say({ en: 'You had saved that one already. ', es: 'Esa ya la tenías guardada. ' });
  } else {
    await deps.store.stories.dismiss(userId, card);
    done = say({ en: "Skipped; I won't offer it again. ", es: 'Saltada; no te la volveré a proponer. ' });
  }
  await showNext(deps, to, rest, done);
}

// /forget asks first, saying what would go; "Delete everything" deletes it and says what was
// deleted, in a last message that is itself not stored. "Keep my data" changes nothing.
import type { ConversationRef } from '../conversation/outbox.ts';
import type { Button, OutgoingMessage } from '../model/message.ts';
import type { Outbox } from '../conversation/outbox.ts';
import type { Store } from '../ports/store.ts';
import { forgetUser, type ForgetDeps } from './forget-user.ts';

/** What each table's rows are, one and many. */
const tableWords: Record<string, [string, string]> = {
  messages: ['message', 'messages'], resumes: ['resume version', 'resume versions'], optimizations: ['job match', 'job matches'],
  interviews: ['interview', 'interviews'], answerScores: ['scored answer', 'scored answers'], stories: ['story', 'stories'],
  pitches: ['pitch', 'pitches'], plans: ['plan', 'plans'], usage: ['AI usage record', 'AI usage records'], subscriptions: ['subscription', 'subscriptions'],
};

const summary = (rows: Record<string, number>) =>
  Object.entries(tableWords)
    .filter(([table]) => (rows[table] ?? 0) > 0)
    .map(([table, [one, many]]) => `${rows[table]} ${rows[table] === 1 ? one : many}`)
    .join(', ');

const button = (label: string, value: string, style?: Button['style']): Button => ({ label, actionId: 'forget', value, style });

export async function askToForget(store: Store, userId: string): Promise<OutgoingMessage> {
  const tables = await store.privacy.exportUser(userId);
  const rows = Object.fromEntries(Object.entries(tables).map(([t, r]) => [t, r.length]));
  return {
    text: [
      `This deletes everything I store about you: ${summary(rows) || 'your messages'}, and every file you sent or I made for you.`,
      'Paid plans are cancelled. It cannot be undone (/export-data first if you want a copy).',
    ].join(' '),
    buttons: [button('Delete everything', 'confirm', 'danger'), button('Keep my data', 'cancel')],
  };
}

export async function confirmForget(deps: ForgetDeps & { outbox: Outbox }, to: ConversationRef, userId: string, confirmed: boolean): Promise<void> {
  if (!confirmed) return void (await deps.outbox.send(to, { text: 'Okay, nothing was deleted.' }));
  const report = await forgetUser(deps, userId);
  const plans = report.cancelledPlans ? ` Your paid plan was cancelled.` : '';
  await deps.outbox.farewell(to.threadId, {
    text: `Done: I deleted ${summary(report.rows) || 'your messages'} and ${report.files} file${report.files === 1 ? '' : 's'}.${plans} If you write again, I start fresh.`,
  });
}

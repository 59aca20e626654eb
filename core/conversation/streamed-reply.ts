// Shows a long answer as it is written: a placeholder first (the user never waits in silence),
// then edits of that one message. The first text is shown at once; later edits are spaced by
// `intervalMs` and coalesced, so a fast model never floods a platform with edits. Resolves true
// once the answer is shown, false when its failure was shown instead.
import { userMessageOf } from '../errors.ts';
import type { OutgoingMessage } from '../model/message.ts';
import type { ConversationRef, Outbox } from './outbox.ts';

export interface StreamOptions {
  placeholder: string;
  intervalMs: number;
  /** Buttons for the finished answer. */
  buttons?: OutgoingMessage['buttons'];
  /** Told about a failure; the user sees its sentence in place of the answer. */
  onError?: (error: unknown) => void;
}

/** Marks a message still being written. */
const cursor = ' ▍';

export async function replyStreaming(
  outbox: Outbox,
  to: ConversationRef,
  produce: (onText: (textSoFar: string) => void) => Promise<string>,
  options: StreamOptions,
): Promise<boolean> {
  const messageId = await outbox.send(to, { text: options.placeholder });
  let latest = '';
  let shown = '';
  let editing: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let lastEditAt = 0;
  let finished = false;

  function flush() {
    timer = undefined;
    if (finished || latest === shown) return;
    const text = latest;
    editing = outbox
      .edit(messageId, { text: text + cursor })
      .catch(() => {}) // a lost intermediate edit is repaired by the final one
      .finally(() => {
        shown = text;
        editing = undefined;
        lastEditAt = performance.now();
        schedule();
      });
  }

  function schedule() {
    if (finished || editing || timer || latest === shown) return;
    const wait = shown === '' ? 0 : Math.max(0, lastEditAt + options.intervalMs - performance.now());
    if (wait === 0) flush();
    else timer = setTimeout(flush, wait);
  }

  let final: OutgoingMessage;
  let answered = false;
  try {
    const text = await produce((soFar) => {
      latest = soFar;
      schedule();
    });
    final = { text: text.trim() || "I couldn't come up with an answer to that. Could you rephrase it?", buttons: options.buttons };
    answered = true;
  } catch (error) {
    options.onError?.(error);
    final = { text: userMessageOf(error) };
  }
  finished = true;
  clearTimeout(timer);
  await editing;
  await outbox.edit(messageId, final);
  return answered;
}

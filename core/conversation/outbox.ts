// Every reply goes through the outbox, and every reply is stored, so history survives restarts
// and a worker can edit a message later. A process holding the platform connections sends
// first and stores the message with its platform id (the user sees it sooner); a worker
// stores it and asks a bot process to deliver it through the queue.
import type { OutgoingMessage } from '../model/message.ts';
import type { JobQueue } from '../ports/job-queue.ts';
import type { Store } from '../ports/store.ts';

export interface ConversationRef {
  conversationId: string;
  threadId: string;
  /** Stores the message being answered if it is not yet; replies are stored after it. */
  recordIncoming?: () => Promise<void>;
}

export interface Delivery {
  /** Sends and stores a new message; returns its stored id. */
  sendNew(to: ConversationRef, message: OutgoingMessage): Promise<string>;
  /** Makes the platform show what the stored message now says (send, or edit once sent). */
  deliver(messageId: string): Promise<void>;
  /** Sends without storing (a last word to a user whose data is gone); only a process with the platforms can. */
  sendUnstored?(threadId: string, message: OutgoingMessage): Promise<void>;
}

export interface Outbox {
  /** Sends and stores a message; returns its id for later edits. */
  send(to: ConversationRef, message: OutgoingMessage): Promise<string>;
  /** Replaces a sent message in place (progress, streaming). */
  edit(messageId: string, message: OutgoingMessage): Promise<void>;
  /** Sends and keeps no record: the reply to /forget, after everything is deleted. */
  farewell(threadId: string, message: OutgoingMessage): Promise<void>;
}

export function createOutbox(store: Store, delivery: Delivery): Outbox {
  return {
    send: (to, message) => delivery.sendNew(to, message),
    async farewell(threadId, message) {
      if (!delivery.sendUnstored) throw new Error('this process cannot send without storing (no platform connections)');
      await delivery.sendUnstored(threadId, message);
    },
    async edit(messageId, message) {
      await store.conversations.updateOutgoing(messageId, message);
      await delivery.deliver(messageId);
    },
  };
}

/** For processes without platform connections (workers): a bot process delivers. */
export function createQueuedDelivery(store: Store, queue: JobQueue): Delivery {
  let sequence = 0;
  async function deliver(messageId: string) {
    // Each change is its own delivery; the job itself is idempotent (it shows the stored state).
    await queue.enqueue('deliver-message', { messageId }, { jobId: `deliver-${messageId}-${Date.now()}-${sequence++}` });
  }
  return {
    async sendNew(to, message) {
      await to.recordIncoming?.();
      const messageId = await store.conversations.recordOutgoing(to.conversationId, message);
      await deliver(messageId);
      return messageId;
    },
    deliver,
  };
}

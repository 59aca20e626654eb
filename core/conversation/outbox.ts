// Every reply goes through the outbox: it is stored first (so history survives restarts and a
// worker can edit it later), then delivered to the platform.
import type { OutgoingMessage } from '../model/message.ts';
import type { JobQueue } from '../ports/job-queue.ts';
import type { Store, StoredOutgoing } from '../ports/store.ts';

export interface ConversationRef {
  conversationId: string;
  threadId: string;
}

/** Makes the platform show what the stored message now says (send, or edit once sent). */
export interface Delivery {
  /** `known` is the stored state when the caller has just written it, saving a read. */
  deliver(messageId: string, known?: StoredOutgoing): Promise<void>;
}

export interface Outbox {
  /** Stores and sends a message; returns its id for later edits. */
  send(to: ConversationRef, message: OutgoingMessage): Promise<string>;
  /** Replaces a sent message in place (progress, streaming). */
  edit(messageId: string, message: OutgoingMessage): Promise<void>;
}

export function createOutbox(store: Store, delivery: Delivery): Outbox {
  return {
    async send(to, message) {
      const messageId = await store.conversations.recordOutgoing(to.conversationId, message);
      await delivery.deliver(messageId, { id: messageId, ...to, platformMessageId: null, message });
      return messageId;
    },
    async edit(messageId, message) {
      await store.conversations.updateOutgoing(messageId, message);
      await delivery.deliver(messageId);
    },
  };
}

/** For processes without platform connections (workers): a bot process delivers. */
export function createQueuedDelivery(queue: JobQueue): Delivery {
  let sequence = 0;
  return {
    async deliver(messageId) {
      // Each change is its own delivery; the job itself is idempotent (it shows the stored state).
      await queue.enqueue('deliver-message', { messageId }, { jobId: `deliver-${messageId}-${Date.now()}-${sequence++}` });
    },
  };
}

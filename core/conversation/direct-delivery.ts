// Delivery in a process that holds the platform adapters: calls them straight away.
import { platformOf } from '../model/thread-id.ts';
import type { Adapter } from '../model/adapter.ts';
import type { Logger } from '../ports/logger.ts';
import type { Store } from '../ports/store.ts';
import type { Delivery } from './outbox.ts';
import { createKeyedSerializer } from './keyed-serializer.ts';

/** Its deliver() is also the deliver-message job's processor, for messages workers stored. */
export function createDirectDelivery(store: Store, adapters: Adapter[], logger: Logger): Delivery {
  const byPlatform = new Map(adapters.map((a) => [a.platform, a]));
  // A send and a quick edit of the same message must not overlap, or it could be sent twice.
  const serial = createKeyedSerializer();

  /** Deliveries waiting their turn: a newer edit joins one instead of queuing another. */
  const waiting = new Map<string, Promise<void>>();

  function deliver(messageId: string): Promise<void> {
    const queued = waiting.get(messageId);
    // It has not started yet, so it will read (and show) the newest stored state anyway.
    if (queued) return queued;
    const delivery = serial.run(messageId, async () => {
      waiting.delete(messageId);
      const stored = await store.conversations.getOutgoing(messageId);
      if (!stored) return; // deleted meanwhile (/forget): nothing to show
      const adapter = byPlatform.get(platformOf(stored.threadId));
      if (!adapter) {
        logger.warn({ platform: platformOf(stored.threadId) }, 'no adapter here for this platform; message kept in history');
        return;
      }
      if (stored.platformMessageId) {
        await adapter.edit(stored.threadId, stored.platformMessageId, stored.message);
      } else {
        const platformMessageId = await adapter.send(stored.threadId, stored.message);
        await store.conversations.setPlatformMessageId(messageId, platformMessageId);
      }
    });
    waiting.set(messageId, delivery);
    return delivery;
  }

  return {
    async sendNew(to, message) {
      const adapter = byPlatform.get(platformOf(to.threadId));
      // Sent before it is stored: one database write fewer before the user sees the reply.
      const platformMessageId = adapter ? await adapter.send(to.threadId, message) : null;
      if (!adapter) logger.warn({ platform: platformOf(to.threadId) }, 'no adapter here for this platform; message kept in history');
      await to.recordIncoming?.();
      return store.conversations.recordOutgoing(to.conversationId, message, platformMessageId);
    },
    deliver,
    async sendUnstored(threadId, message) {
      await byPlatform.get(platformOf(threadId))?.send(threadId, message);
    },
  };
}

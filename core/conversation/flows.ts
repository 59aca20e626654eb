// Which flow a conversation's free text goes to (a job description being awaited, a bullet
// being edited). Stored on the conversation, so any process can take the next message. In the
// single embedded process every change passes through here, so a memory copy saves a database
// read on each free-text message.
import type { Store } from '../ports/store.ts';

export interface ActiveFlow {
  flow: string;
  state: unknown;
}

export interface Flows {
  get(conversationId: string): Promise<ActiveFlow | undefined>;
  set(conversationId: string, flow: string, state?: unknown): Promise<void>;
  clear(conversationId: string): Promise<void>;
}

/** Past this many conversations the memory copy starts over; the database stays the truth. */
const memoryLimit = 10_000;

export function createFlows(store: Store, keepInMemory: boolean): Flows {
  const memory = new Map<string, ActiveFlow | null>();
  const remember = (conversationId: string, flow: ActiveFlow | null) => {
    if (memory.size >= memoryLimit) memory.clear();
    memory.set(conversationId, flow);
  };
  return {
    async get(conversationId) {
      if (keepInMemory && memory.has(conversationId)) return memory.get(conversationId) ?? undefined;
      const flow = await store.conversations.flowOf(conversationId);
      if (keepInMemory) remember(conversationId, flow ?? null);
      return flow;
    },
    async set(conversationId, flow, state) {
      await store.conversations.setFlow(conversationId, flow, state);
      if (keepInMemory) remember(conversationId, { flow, state });
    },
    async clear(conversationId) {
      await store.conversations.setFlow(conversationId, null);
      if (keepInMemory) remember(conversationId, null);
    },
  };
}

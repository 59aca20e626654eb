// The one processor registry both queue implementations run.
import type { Delivery, Outbox } from '../core/conversation/outbox.ts';
import type { FileStore } from '../core/ports/file-store.ts';
import type { ProcessorRegistry } from '../core/ports/job-queue.ts';
import type { Store } from '../core/ports/store.ts';
import { createInspectUpload } from './inspect-upload.ts';

export interface ProcessorDeps {
  store: Store;
  files: FileStore;
  outbox: Outbox;
}

/** Jobs a worker process runs. */
export function workerProcessors(deps: ProcessorDeps): ProcessorRegistry {
  return { 'inspect-upload': createInspectUpload(deps) };
}

/** Jobs only a process holding the platform connections can run. */
export function botProcessors(delivery: Delivery): ProcessorRegistry {
  return { 'deliver-message': ({ messageId }) => delivery.deliver(messageId) };
}

// The embedded runtime (PGlite, the in-process queue with its journal, local files, the offline
// coach) on a temporary folder, with a recording adapter as the only chat: for end-to-end
// tests that drive the router directly.
import { createRuntime, type Runtime } from '../app/runtime.ts';
import { parseConfig } from '../core/config.ts';
import { silentLogger } from '../core/ports/logger.ts';
import { createInProcessQueue } from '../core/queue/in-process-queue.ts';
import { createRecordingAdapter } from './recording-adapter.ts';
import { createTempDir } from './temp-dir.ts';

export interface RecordingRuntime {
  runtime: Runtime;
  chat: ReturnType<typeof createRecordingAdapter>;
  /** The newest message shown to a user. */
  last(user: string): ReturnType<typeof createRecordingAdapter>['shown'][number]['message'];
  stop(): Promise<void>;
}

export async function startRecordingRuntime(options: { env?: Record<string, string>; now?: () => Date } = {}): Promise<RecordingRuntime> {
  const dir = await createTempDir();
  const chat = createRecordingAdapter();
  const runtime = await createRuntime(parseConfig({ DATA_DIR: dir.path, RATE_LIMIT_PER_MINUTE: '100', ...options.env }), {
    role: 'all',
    logger: silentLogger,
    adapters: [chat.adapter],
    // With a test clock, delayed jobs (reminders, drills) fall due when the clock says so.
    queue: (store) => createInProcessQueue({ journal: store.jobJournal('server'), ...(options.now ? { now: () => options.now!().getTime(), recheckMs: 20 } : {}) }),
    now: options.now,
  });
  await runtime.start();
  return {
    runtime,
    chat,
    last: (user) => chat.shown.filter((m) => m.threadId === `web:${user}:`).at(-1)!.message,
    async stop() {
      await runtime.close();
      await dir.remove();
    },
  };
}

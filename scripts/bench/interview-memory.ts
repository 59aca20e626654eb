// Run as its own process by the interview bench, so its memory figure is this process alone:
// a runtime on the database in DATABASE_URL (or the embedded one), then 1,000 interviews started.
// Prints one JSON line: RSS in MB with the runtime started, and with the sessions active.
import { createRuntime } from '../../app/runtime.ts';
import { parseConfig } from '../../core/config.ts';
import { silentLogger } from '../../core/ports/logger.ts';
import { createRecordingAdapter } from '../../test-helpers/recording-adapter.ts';
import { createTempDir } from '../../test-helpers/temp-dir.ts';

const sessions = Number(process.argv[2] ?? 1000);
const rss = () => {
  global.gc?.();
  return Math.round(process.memoryUsage().rss / 1024 / 1024);
};
const dir = await createTempDir('intervai-bench-memory-');
const chat = createRecordingAdapter();
const runtime = await createRuntime(parseConfig({ DATA_DIR: dir.path, RATE_LIMIT_PER_MINUTE: '100000', ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) }), {
  role: 'all',
  logger: silentLogger,
  adapters: [chat.adapter],
});
await runtime.start();
const started = rss();
for (let i = 0; i < sessions; i += 50) {
  await Promise.all(Array.from({ length: Math.min(50, sessions - i) }, (_, k) => chat.say(`mem${i + k}`, '/interview backend behavioral mid')));
}
console.log(JSON.stringify({ started, withSessions: rss() }));
await runtime.close();
await dir.remove();

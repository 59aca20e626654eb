// `npm run start:workers`: BullMQ workers for the heavy jobs, on any machine that reaches
// Redis and the database. Replies go back through the bot processes' delivery queue.
import { runEntryPoint } from '../app/entry-point.ts';
import { createRuntime } from '../app/runtime.ts';
import { secretValues } from '../core/config.ts';
import { AppError } from '../core/errors.ts';
import { createLogger } from '../infra/logger.ts';

await runEntryPoint('intervai-workers', async (config) => {
  if (config.queue.kind !== 'bullmq') {
    throw new AppError('needs_redis', 'Separate workers take their jobs from Redis. Set REDIS_URL, or use `npm start` to run everything in one process.');
  }
  const logger = createLogger(config.logLevel, 'stdout', secretValues(config));
  const runtime = await createRuntime(config, { role: 'workers', logger });
  process.stdout.write('IntervAI workers are running; they stop gracefully on SIGTERM.\n');
  return { stop: () => runtime.close() };
});

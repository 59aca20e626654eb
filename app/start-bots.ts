// `npm run start:bots`: the platform side only; run `npm run start:workers` beside it.
import { runEntryPoint } from './entry-point.ts';
import { serve } from './serve.ts';
import { AppError } from '../core/errors.ts';

await runEntryPoint('intervai', async (config) => {
  if (config.queue.kind !== 'bullmq') {
    throw new AppError('needs_redis', 'start:bots hands work to separate workers, which needs REDIS_URL. Set REDIS_URL, or use `npm start` to run everything in one process.');
  }
  const served = await serve(config, 'bots');
  process.stdout.write(`${served.banner}\nWorkers run separately: npm run start:workers\n`);
  return served;
});

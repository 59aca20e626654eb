// `npm start`: bots, workers and the playground in one process.
import { runEntryPoint } from './entry-point.ts';
import { serve } from './serve.ts';

await runEntryPoint('intervai', async (config) => {
  const served = await serve(config, 'all');
  process.stdout.write(`${served.banner}\n`);
  return served;
});

// Runs the bot side: the HTTP server with the web playground, platform adapters, and (for
// `npm start`) the workers too.
import type { Router } from 'express';
import type { Config } from '../core/config.ts';
import { createWebAdapter } from '../bots/web/adapter.ts';
import { createLogger } from '../infra/logger.ts';
import type { Running } from './entry-point.ts';
import { startHttpServer, type HttpServer } from './http-server.ts';
import { createRuntime, type Runtime } from './runtime.ts';

export interface Served extends Running {
  url: string;
  runtime: Runtime;
  /** Two lines for the terminal: the mode and the playground URL. */
  banner: string;
}

export async function serve(config: Config, role: 'all' | 'bots', extraRoutes: Router[] = []): Promise<Served> {
  const logger = createLogger(config.logLevel);
  // The adapter needs the store for history, and the runtime needs the adapter: a late binding.
  let runtime: Runtime | undefined;
  const web = createWebAdapter({
    maxUploadBytes: config.uploads.maxBytes,
    loadHistory: (threadId, limit) => runtime!.store.conversations.history(threadId, limit),
  });
  const started = await createRuntime(config, { role, logger, adapters: [web] });
  runtime = started;
  let http: HttpServer;
  try {
    http = await startHttpServer(started, [web.routes, ...extraRoutes]);
    await started.start();
  } catch (error) {
    await started.close();
    throw error;
  }
  const mode = [
    config.database.kind === 'pglite' ? `embedded database in ${config.database.dataDir}` : 'Postgres',
    config.queue.kind === 'bullmq' ? 'BullMQ on Redis' : 'in-process jobs',
    config.files.kind === 's3' ? `S3 bucket ${config.files.bucket}` : `files in ${config.files.dir}`,
    config.ai.configured ? 'AI provider configured' : 'offline coach (no AI key)',
  ].join(' · ');
  logger.info({ url: http.url, role }, 'IntervAI started');
  return {
    url: http.url,
    runtime: started,
    banner: `IntervAI is running (${mode}).\nOpen the playground: ${http.url}`,
    // Stop order: no new connections; adapters stop (event streams end) and events under
    // way finish; then the queue and the database close; open requests get a grace time.
    async stop() {
      const httpClosed = http.close();
      await started.close();
      await httpClosed;
    },
  };
}

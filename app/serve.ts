// Runs the bot side: the HTTP server with the web playground, platform adapters, and (for
// `npm start`) the workers too.
import type { Router } from 'express';
import { secretValues, type Config } from '../core/config.ts';
import { createLogger } from '../infra/logger.ts';
import type { Running } from './entry-point.ts';
import { startHttpServer, type HttpServer } from './http-server.ts';
import { createPlatforms } from './platforms.ts';
import { createRuntime, type Runtime } from './runtime.ts';
import { createBillingWebhooks } from '../web-admin/billing-webhooks.ts';
import { createWebAdmin } from '../web-admin/admin-app.ts';

export interface Served extends Running {
  url: string;
  runtime: Runtime;
  /** Two lines for the terminal: the mode and the playground URL. */
  banner: string;
}

export interface ServeOptions {
  /** Routes beside the platforms' own (tests mount fakes here). */
  extraRoutes?: Router[];
  /** The clock plans and reminders follow (tests move it). */
  now?: () => Date;
}

export async function serve(config: Config, role: 'all' | 'bots', options: ServeOptions = {}): Promise<Served> {
  const logger = createLogger(config.logLevel, 'stdout', secretValues(config));
  const platforms = await createPlatforms(config, logger);
  const started = await createRuntime(config, { role, logger, adapters: platforms.adapters, now: options.now });
  platforms.bind(started);
  let http: HttpServer;
  try {
    const webhooks = createBillingWebhooks({
      store: started.store,
      outbox: started.outbox,
      logger: started.logger,
      billing: started.store.billing,
      tiers: config.billing.tiers,
      now: options.now ?? (() => new Date()),
      providers: started.billing,
    });
    const admin = createWebAdmin({
      store: started.store,
      files: started.files,
      queue: started.queue,
      logger: started.logger,
      tiers: config.billing.tiers,
      publicUrl: config.billing.publicUrl,
      providers: started.billing,
      forgetUser: started.forgetUser,
      now: options.now,
    });
    http = await startHttpServer(started, [...platforms.routes, webhooks, admin, ...(options.extraRoutes ?? [])]);
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
    `chat: ${platforms.adapters.map((a) => a.platform).join(', ')}`,
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

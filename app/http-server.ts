// The one HTTP server: the playground (and later webhooks and the admin), /healthz, /metrics.
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { AppError } from '../core/errors.ts';
import type { Runtime } from './runtime.ts';
import type { Router } from 'express';

export interface HttpServer {
  url: string;
  /** Stops taking connections; requests under way may finish within graceMs. */
  close(graceMs?: number): Promise<void>;
}

export async function startHttpServer(runtime: Runtime, routers: Router[]): Promise<HttpServer> {
  const { config, store, queue, metrics, logger } = runtime;
  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', async (_req, res) => {
    const database = await store.ping().then(
      () => ({ ok: true, kind: store.kind }),
      (error: Error) => ({ ok: false, kind: store.kind, detail: error.message }),
    );
    const jobs = await queue.health();
    const platforms = Object.fromEntries(runtime.adapters.map((a) => [a.platform, a.health?.() ?? { ok: true }]));
    const ok = database.ok && jobs.ok && Object.values(platforms).every((p) => p.ok);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', database, queue: jobs, platforms });
  });

  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  for (const router of routers) app.use(router);

  app.use((_req, res) => res.status(404).json({ error: 'Not found. The playground is at /.' }));
  // One error handler: a sentence for the client, details only in the log.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status ?? 500;
    if (status >= 500) logger.error({ err: error }, 'request failed');
    const message =
      error instanceof AppError ? error.userMessage : status < 500 ? 'That request was not valid. Reload the page and try again.' : 'Something went wrong on our side. Please try again.';
    res.status(status).json({ error: message });
  });

  const server = createServer(app);
  await listen(server, config.http.port, config.http.host);
  const { port } = server.address() as AddressInfo;
  const shownHost = config.http.host === '0.0.0.0' || config.http.host === '127.0.0.1' ? 'localhost' : config.http.host;
  return {
    url: `http://${shownHost}:${port}/`,
    close: (graceMs = 5000) =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Connections that finish their request become idle: close those as they go, and
        // whatever is still open when the grace time ends.
        const sweep = setInterval(() => server.closeIdleConnections(), 100);
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        server.once('close', () => {
          clearInterval(sweep);
          clearTimeout(force);
        });
      }),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new AppError('port_in_use', `Port ${port} is in use. Stop the other program, or set PORT to a free port (for example PORT=${port + 1}).`));
      } else reject(error);
    });
    server.listen(port, host, () => resolve());
  });
}

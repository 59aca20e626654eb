// The composition root: builds every part from the parsed config and wires them together.
// Entry points (start, start-bots, workers/main, the CLI) call this and differ only in role.
import { mkdir } from 'node:fs/promises';
import type { Config } from '../core/config.ts';
import { createDirectDelivery } from '../core/conversation/direct-delivery.ts';
import { createOutbox, createQueuedDelivery, type Outbox } from '../core/conversation/outbox.ts';
import { createRouter } from '../core/conversation/router.ts';
import type { Adapter, EventHandler } from '../core/model/adapter.ts';
import type { FileStore } from '../core/ports/file-store.ts';
import type { JobQueue } from '../core/ports/job-queue.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Store } from '../core/ports/store.ts';
import { createAiGateway, type AiGateway } from '../core/ai/gateway.ts';
import { createMemoryAiCache } from '../core/ai/memory-cache.ts';
import { createAiCoach } from '../core/coach/ai-coach.ts';
import { openBillingProviders } from '../infra/billing/open-billing.ts';
import type { BillingProviders } from '../core/billing/subscription.ts';
import { createKnownSenders } from '../core/conversation/known-senders.ts';
import { createOfflineCoach } from '../core/coach/offline-coach.ts';
import { createMemoryDuplicateFilter } from '../core/guards/memory-duplicate-filter.ts';
import { createMemoryRateLimiter } from '../core/guards/memory-rate-limiter.ts';
import type { DuplicateFilter, RateLimiter } from '../core/ports/event-guards.ts';
import { createInProcessQueue } from '../core/queue/in-process-queue.ts';
import { openStore } from '../db/store.ts';
import { createLocalFileStore } from '../infra/local-file-store.ts';
import { createMetrics, type Metrics } from '../infra/metrics.ts';
import { createRedisAiCache } from '../infra/redis-ai-cache.ts';
import { createRedisDuplicateFilter, createRedisRateLimiter } from '../infra/redis-event-guards.ts';
import type { Redis } from 'ioredis';
import { connectRedis } from '../infra/redis.ts';
import { createFailureNotice } from '../workers/failure-notice.ts';
import { botProcessors, workerProcessors } from '../workers/registry.ts';
import { startIdleInterviewSweeper } from '../workers/idle-interviews.ts';
import { queuePurge } from '../workers/purge-expired.ts';
import { createExtractionSandbox } from '../core/resume/text/sandbox.ts';
import { createFlows } from '../core/conversation/flows.ts';

export interface RuntimeOptions {
  /** Which jobs this process runs: workers do the work, bots deliver messages, 'all' both. */
  role: 'all' | 'bots' | 'workers';
  logger: Logger;
  /** Platform adapters this process hosts; they receive events once start() is called. */
  adapters?: Adapter[];
  /** Builds the queue instead of the configured one (the terminal chat runs its own jobs). */
  queue?: (store: Store) => JobQueue;
  /** Use this file store instead of the configured one. */
  files?: FileStore;
  /** The clock plans and their reminders follow (tests move it); the real one by default. */
  now?: () => Date;
}

export interface Runtime {
  config: Config;
  logger: Logger;
  store: Store;
  files: FileStore;
  queue: JobQueue;
  outbox: Outbox;
  router: EventHandler;
  metrics: Metrics;
  /** Stripe and Paddle, when their keys are set (their webhooks are served by web-admin). */
  billing: BillingProviders;
  ai: AiGateway;
  adapters: Adapter[];
  /** Starts every adapter (events begin to flow). */
  start(): Promise<void>;
  /** Forgets a deleted user in this process's caches (cached AI results, who is who in threads). */
  forgetUser(userId: string): Promise<void>;
  /** Stops taking events, drains in-flight jobs, then closes connections. */
  close(): Promise<void>;
}

export async function createRuntime(config: Config, options: RuntimeOptions): Promise<Runtime> {
  const { logger, role } = options;
  const now = options.now ?? (() => new Date());
  const adapters = options.adapters ?? [];
  const opened: Array<() => Promise<void>> = [];
  try {
    const store = await openStore(config.database);
    opened.push(() => store.close());
    if (store.knowledge.vectorSearchMode === 'exact-cosine') {
      logger.info({ vectorSearch: 'exact-cosine' }, 'pgvector is not installed; vector search computes exact cosine in SQL');
    }
    const files = options.files ?? (await openFileStore(config));
    // What running jobs use is opened before the queue, so it closes after the queue has drained.
    const redis = config.queue.kind === 'bullmq' ? { client: await connectRedis(config.queue.redisUrl), prefix: config.queue.prefix } : undefined;
    if (redis) opened.push(async () => void redis.client.disconnect());
    // Resume files are read in a worker thread with a time and memory limit.
    const sandbox = role !== 'bots' ? createExtractionSandbox() : undefined;
    if (sandbox) opened.push(() => sandbox.close());
    const queue = options.queue?.(store) ?? (await openQueue(config, store, logger, options.now));
    opened.push(() => queue.close());

    // With the platform connections here, replies go straight out; a worker-only process
    // hands them to a bot process through the queue.
    const delivery = adapters.length > 0 ? createDirectDelivery(store, adapters, logger) : createQueuedDelivery(store, queue);
    const outbox = createOutbox(store, delivery);
    const metrics = createMetrics(queue);
    const aiCache = redis ? createRedisAiCache(redis.client, redis.prefix) : createMemoryAiCache();
    const ai = createAiGateway({ config: config.ai, usage: store.usage, cache: aiCache, logger, observer: metrics.ai });

    const coach = ai.available ? createAiCoach(ai) : createOfflineCoach();
    const billing = await openBillingProviders(config.billing);
    // The embedded database allows one process, so flows may be kept in memory there.
    const flows = createFlows(store, store.kind === 'pglite');
    let processors = role !== 'workers' && adapters.length > 0 ? botProcessors(delivery) : {};
    if (sandbox) {
      processors = { ...processors, ...workerProcessors({ store, files, outbox, sandbox, ai, coach, logger, queue, flows, now, retentionDays: config.retentionDays }) };
      opened.push(startIdleInterviewSweeper({ store, queue, flows, logger, idleMinutes: config.interviewIdleMinutes }));
    }
    await queue.process(processors, createFailureNotice({ store, files, outbox, logger }));
    // The knowledge index catches up with the guides at every start (unchanged ones are skipped).
    // A queue that refuses it costs search freshness, not the start.
    if (role !== 'bots') {
      await queue
        .enqueue('embed-knowledge', {}, { jobId: `embed-knowledge-${process.pid}-${Date.now()}` })
        .catch((error) => logger.warn({ err: error }, 'knowledge indexing could not be queued; search uses the last index'));
      // Today's retention purge; its id names the day, so it runs once however often processes start.
      await queuePurge(queue, now()).catch((error) => logger.warn({ err: error }, 'the retention purge could not be queued; the next start tries again'));
    }

    const guards = await openEventGuards(config, store, redis, adapters.length > 0);
    // Shared with the admin, which must make the router forget a user it deletes.
    const knownSenders = createKnownSenders();
    // What this process caches about a user: AI results (keyed by user) and who is who in threads.
    const forgetCaches = async (userId: string) => {
      knownSenders.dropUser(userId);
      await aiCache.deleteByPrefix(`ai:${userId}:`);
    };
    const handle = createRouter({
      knownSenders,
      forgetCaches,
      rateLimiter: guards.rateLimiter,
      duplicates: guards.duplicates,
      store,
      files,
      queue,
      outbox,
      logger,
      maxUploadBytes: config.uploads.maxBytes,
      aiConfigured: config.ai.configured,
      coach,
      ai,
      flows,
      now: options.now,
      tiers: config.billing.tiers,
      billing,
    });
    // Events being handled right now: a graceful stop lets them finish before closing the DB.
    const inFlight = new Set<Promise<void>>();
    const router: EventHandler = (event) => {
      metrics.eventsReceived.inc({ platform: event.platform, kind: event.kind });
      const handling = handle(event).finally(() => inFlight.delete(handling));
      inFlight.add(handling);
      return handling;
    };

    let closing: Promise<void> | undefined;
    return {
      config, logger, store, files, queue, outbox, router, metrics, adapters, billing, ai,
      forgetUser: forgetCaches,
      async start() {
        for (const adapter of adapters) await adapter.start(router);
      },
      close() {
        closing ??= (async () => {
          await Promise.allSettled(adapters.map((a) => a.stop()));
          await Promise.allSettled([...inFlight]);
          for (const close of opened.reverse()) await close().catch((error) => logger.warn({ err: error }, 'close failed'));
        })();
        return closing;
      },
    };
  } catch (error) {
    for (const close of opened.reverse()) await close().catch(() => {});
    throw error;
  }
}

async function openQueue(config: Config, store: Store, logger: Logger, now?: () => Date): Promise<JobQueue> {
  // BullMQ and the S3 SDK load only when configured (~50 MB the embedded default does not need).
  if (config.queue.kind === 'bullmq') {
    const { createBullmqQueue } = await import('../infra/bullmq-queue.ts');
    return createBullmqQueue({ redisUrl: config.queue.redisUrl, prefix: config.queue.prefix, logger });
  }
  // A moved clock (tests) can jump days at once, so delayed jobs look at it often.
  const clock = now ? { now: () => now().getTime(), recheckMs: 100 } : {};
  return createInProcessQueue({ journal: store.jobJournal('server'), ...clock });
}

/** Platforms redeliver within minutes; a day covers restarts and long outages alike. */
const duplicateMemoryMs = 24 * 60 * 60_000;
const duplicateMemoryKeys = 100_000;

/** Shared in Redis when it is configured, so every bot process sees the same counts. */
async function openEventGuards(
  config: Config,
  store: Store,
  redis: { client: Redis; prefix: string } | undefined,
  receivesEvents: boolean,
): Promise<{ rateLimiter: RateLimiter; duplicates?: DuplicateFilter }> {
  const rateLimiter = createMemoryRateLimiter(config.rateLimitPerMinute);
  if (!receivesEvents) return { rateLimiter };
  if (!redis) {
    // PGlite admits one process, so memory sees every event. Several processes sharing a
    // Postgres without Redis could each see a redelivery: there only the database decides.
    if (store.kind !== 'pglite') return { rateLimiter };
    const seed = await store.conversations.recentIncomingKeys(new Date(Date.now() - duplicateMemoryMs), duplicateMemoryKeys);
    return { rateLimiter, duplicates: createMemoryDuplicateFilter({ seed, ttlMs: duplicateMemoryMs, maxKeys: duplicateMemoryKeys }) };
  }
  return {
    rateLimiter: createRedisRateLimiter(redis.client, redis.prefix, config.rateLimitPerMinute),
    duplicates: createRedisDuplicateFilter(redis.client, redis.prefix),
  };
}

async function openFileStore(config: Config): Promise<FileStore> {
  if (config.files.kind === 's3') return (await import('../infra/s3-file-store.ts')).createS3FileStore(config.files);
  await mkdir(config.files.dir, { recursive: true });
  return createLocalFileStore(config.files.dir);
}

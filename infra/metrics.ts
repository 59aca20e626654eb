// Prometheus metrics served at /metrics.
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { AiObserver } from '../core/ai/gateway.ts';
import type { JobQueue } from '../core/ports/job-queue.ts';

export interface Metrics {
  registry: Registry;
  eventsReceived: Counter<'platform' | 'kind'>;
  /** Feeds the AI totals: calls, tokens and cost per provider and model, and cache lookups. */
  ai: AiObserver;
}

export function createMetrics(queue: JobQueue): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'intervai_' });
  const eventsReceived = new Counter({
    name: 'intervai_events_received_total',
    help: 'Incoming chat events by platform and kind',
    labelNames: ['platform', 'kind'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'intervai_jobs',
    help: 'Jobs in the queue by state',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const health = await queue.health();
      this.set({ state: 'waiting' }, health.waiting);
      this.set({ state: 'active' }, health.active);
      this.set({ state: 'failed' }, health.failed);
    },
  });
  return { registry, eventsReceived, ai: aiMetrics(registry) };
}

function aiMetrics(registry: Registry): AiObserver {
  const labelNames = ['provider', 'model', 'task', 'outcome'] as const;
  const calls = new Counter({ name: 'intervai_ai_calls_total', help: 'AI call attempts', labelNames, registers: [registry] });
  const tokens = new Counter({ name: 'intervai_ai_tokens_total', help: 'AI tokens by direction', labelNames: ['provider', 'model', 'direction'] as const, registers: [registry] });
  const cost = new Counter({ name: 'intervai_ai_cost_usd_total', help: 'AI cost in USD at the configured prices', labelNames: ['provider', 'model'] as const, registers: [registry] });
  const lookups = { hit: 0, miss: 0 };
  const cacheLookups = new Counter({ name: 'intervai_ai_cache_lookups_total', help: 'AI cache lookups by result', labelNames: ['result'] as const, registers: [registry] });
  new Gauge({
    name: 'intervai_ai_cache_hit_ratio',
    help: 'Share of AI cache lookups that were hits since start',
    registers: [registry],
    collect() {
      const total = lookups.hit + lookups.miss;
      this.set(total === 0 ? 0 : lookups.hit / total);
    },
  });
  return {
    attempted(row) {
      calls.inc({ provider: row.provider, model: row.model, task: row.task, outcome: row.outcome });
      tokens.inc({ provider: row.provider, model: row.model, direction: 'input' }, row.inputTokens);
      tokens.inc({ provider: row.provider, model: row.model, direction: 'output' }, row.outputTokens);
      cost.inc({ provider: row.provider, model: row.model }, row.costUsd);
    },
    cacheLookup(hit) {
      lookups[hit ? 'hit' : 'miss']++;
      cacheLookups.inc({ result: hit ? 'hit' : 'miss' });
    },
  };
}

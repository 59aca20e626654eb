// Prometheus metrics served at /metrics.
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { JobQueue } from '../core/ports/job-queue.ts';

export interface Metrics {
  registry: Registry;
  eventsReceived: Counter<'platform' | 'kind'>;
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
  return { registry, eventsReceived };
}

// Cost-based routing: for a task, every configured provider offers its model of the task's
// tier; the cheapest comes first, ties go to the provider preferred in AI_PROVIDERS, and
// providers whose circuit breaker is open are left out. The rest are the fallbacks, in order.
import { costUsd, type ModelEntry, type ProviderName, type Tier } from './catalog.ts';
import type { CircuitBreaker } from './circuit-breaker.ts';
import { tierOfTask, type AiTask } from './tasks.ts';

export interface Route {
  provider: ProviderName;
  apiKey: string;
  baseUrl: string;
  model: ModelEntry;
}

/** Where a provider lacks a tier, the nearest one it has stands in (embed and transcribe have none). */
const standIns: Record<Tier, Tier[]> = {
  cheap: ['cheap', 'balanced', 'strong'],
  balanced: ['balanced', 'cheap', 'strong'],
  strong: ['strong', 'balanced', 'cheap'],
  embed: ['embed'],
  transcribe: ['transcribe'],
};

/** A typical call (a page of context in, a few paragraphs out) prices the comparison. */
const typicalCost = (m: ModelEntry) => costUsd(m, 2000, 500);

export function createModelRouter(providers: Array<{ name: ProviderName; apiKey: string; baseUrl: string }>, catalog: ModelEntry[], breaker: CircuitBreaker) {
  function candidates(task: AiTask): Route[] {
    const routes = providers.flatMap((p) => {
      for (const tier of standIns[tierOfTask[task]]) {
        const model = catalog.find((m) => m.provider === p.name && m.tier === tier);
        if (model) return [{ provider: p.name, apiKey: p.apiKey, baseUrl: p.baseUrl, model }];
      }
      return [];
    });
    // Array.sort is stable: equal prices keep the preference order of `providers`.
    return routes.sort((a, b) => typicalCost(a.model) - typicalCost(b.model));
  }
  return {
    candidates,
    /** The candidates worth calling now, cheapest first. */
    routesFor(task: AiTask): Route[] {
      return candidates(task).filter((r) => breaker.allows(r.provider));
    },
  };
}

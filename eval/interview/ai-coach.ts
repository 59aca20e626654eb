// The AI coach for `--ai`, wired like app/runtime.ts but with nothing persistent: usage rows are
// dropped (an evaluation run is not anyone's usage) and the cache lives in memory.
import type { Config } from '../../core/config.ts';
import { createAiGateway } from '../../core/ai/gateway.ts';
import { createMemoryAiCache } from '../../core/ai/memory-cache.ts';
import { createAiCoach } from '../../core/coach/ai-coach.ts';
import type { Coach } from '../../core/coach/coach.ts';
import { silentLogger } from '../../core/ports/logger.ts';
import type { UsageStore } from '../../core/ports/store.ts';

const noUsage: UsageStore = {
  async record() {},
  async summaryFor() {
    return { calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, byTask: [] };
  },
};

export function createEvalAiCoach(config: Config): Coach {
  return createAiCoach(createAiGateway({ config: config.ai, usage: noUsage, cache: createMemoryAiCache(), logger: silentLogger }));
}

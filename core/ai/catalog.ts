// What each provider offers: its OpenAI-compatible base URL and its models by tier, with list
// prices in USD per million tokens. Prices change; AI_MODELS overrides any entry (see
// .env.example), and the router always reads them from here, never from code elsewhere.

export const providerNames = ['openai', 'qwen', 'deepseek', 'gemini'] as const;
export type ProviderName = (typeof providerNames)[number];

/** cheap: extraction and structured output; balanced: chat; strong: judgement; embed: vectors;
 *  transcribe: speech to text (voice answers). */
export const tierNames = ['cheap', 'balanced', 'strong', 'embed', 'transcribe'] as const;
export type Tier = (typeof tierNames)[number];

export interface ModelEntry {
  provider: ProviderName;
  model: string;
  tier: Tier;
  /** USD per 1M input tokens. */
  input: number;
  /** USD per 1M output tokens. */
  output: number;
}

export const defaultBaseUrls: Record<ProviderName, string> = {
  openai: 'https://api.openai.com/v1',
  qwen: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1',
  deepseek: 'https://api.deepseek.com/v1',
  gemini: 'https://generativelanguage.googleapis.com/v1beta/openai',
};

export const defaultModels: ModelEntry[] = [
  { provider: 'openai', model: 'gpt-4o-mini', tier: 'cheap', input: 0.15, output: 0.6 },
  { provider: 'openai', model: 'gpt-4.1-mini', tier: 'balanced', input: 0.4, output: 1.6 },
  { provider: 'openai', model: 'gpt-4.1', tier: 'strong', input: 2, output: 8 },
  { provider: 'openai', model: 'text-embedding-3-small', tier: 'embed', input: 0.02, output: 0 },
  // whisper-1 gives word timestamps (pauses can be measured); $0.006 a minute, metered as
  // audioTokensPerSecond input tokens a second (core/ai/transcription.ts).
  { provider: 'openai', model: 'whisper-1', tier: 'transcribe', input: 6, output: 0 },
  { provider: 'qwen', model: 'qwen-turbo', tier: 'cheap', input: 0.05, output: 0.2 },
  { provider: 'qwen', model: 'qwen-plus', tier: 'balanced', input: 0.4, output: 1.2 },
  { provider: 'qwen', model: 'qwen-max', tier: 'strong', input: 1.6, output: 6.4 },
  { provider: 'qwen', model: 'text-embedding-v3', tier: 'embed', input: 0.07, output: 0 },
  { provider: 'deepseek', model: 'deepseek-chat', tier: 'cheap', input: 0.27, output: 1.1 },
  { provider: 'deepseek', model: 'deepseek-chat', tier: 'balanced', input: 0.27, output: 1.1 },
  { provider: 'deepseek', model: 'deepseek-reasoner', tier: 'strong', input: 0.55, output: 2.19 },
  { provider: 'gemini', model: 'gemini-2.0-flash-lite', tier: 'cheap', input: 0.075, output: 0.3 },
  { provider: 'gemini', model: 'gemini-2.5-flash', tier: 'balanced', input: 0.3, output: 2.5 },
  { provider: 'gemini', model: 'gemini-2.5-pro', tier: 'strong', input: 1.25, output: 10 },
  { provider: 'gemini', model: 'text-embedding-004', tier: 'embed', input: 0, output: 0 },
];

/**
 * The catalog in force: a provider named in the overrides gets exactly the listed models (an
 * Ollama or vLLM server behind OPENAI_BASE_URL serves its own), the others keep the defaults.
 */
export function catalogWith(overrides: ModelEntry[]): ModelEntry[] {
  const replaced = new Set(overrides.map((m) => m.provider));
  return [...defaultModels.filter((m) => !replaced.has(m.provider)), ...overrides];
}

export function costUsd(entry: Pick<ModelEntry, 'input' | 'output'>, inputTokens: number, outputTokens: number): number {
  return (entry.input * inputTokens + entry.output * outputTokens) / 1_000_000;
}

// The env contract (see .env.example), parsed once with zod at each entry point and passed down.
// Nothing below the entry points reads the environment itself.
import { z } from 'zod';
import { catalogWith, defaultBaseUrls, providerNames, tierNames, type ModelEntry, type ProviderName } from './ai/catalog.ts';
import { tiersWith, type Tier, type TierPlan } from './billing/tiers.ts';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const optionalUrl = (what: string) =>
  optionalText.refine((v) => v === undefined || URL.canParse(v), {
    message: `${what} must be a full URL, for example postgres://user@host:5432/db`,
  });

const wholeDays = 'must be a whole number of days from 1 to 36500, for example 365';

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: optionalUrl('PUBLIC_URL'),
  DATA_DIR: z.string().default('./.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(10),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
  INTERVIEW_IDLE_MINUTES: z.coerce.number().positive().max(10_080).default(60),
  // How long resume files and transcripts are kept (see README "Your data"); at most 100 years.
  RETENTION_DAYS: z.coerce.number({ error: wholeDays }).int({ error: wholeDays }).min(1, { error: wholeDays }).max(36_500, { error: wholeDays }).default(365),

  DATABASE_URL: optionalUrl('DATABASE_URL'),
  REDIS_URL: optionalUrl('REDIS_URL'),
  QUEUE_PREFIX: z.string().regex(/^[\w-]+$/, 'use letters, digits, - and _').default('intervai'),

  S3_ENDPOINT: optionalUrl('S3_ENDPOINT'),
  S3_BUCKET: optionalText,
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,

  // Read by later features (platform adapters, AI layer, billing); declared here so the
  // contract lives in one place and typos are caught at start.
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_API_ROOT: z.string().default('https://api.telegram.org'),
  TELEGRAM_MODE: z.enum(['polling', 'webhook']).default('polling'),
  TELEGRAM_WEBHOOK_SECRET: optionalText,
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: z.string().default('https://slack.com/api/'),
  DISCORD_BOT_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_PUBLIC_KEY: optionalText,
  DISCORD_API_URL: z.string().default('https://discord.com/api'),
  DISCORD_REGISTER_COMMANDS: z.enum(['true', 'false']).default('false'),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText,
  QWEN_API_KEY: optionalText,
  QWEN_BASE_URL: optionalText,
  DEEPSEEK_API_KEY: optionalText,
  DEEPSEEK_BASE_URL: optionalText,
  GEMINI_API_KEY: optionalText,
  GEMINI_BASE_URL: optionalText,
  AI_PROVIDERS: optionalText,
  AI_MODELS: optionalText,
  AI_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  STRIPE_SECRET_KEY: optionalText,
  STRIPE_WEBHOOK_SECRET: optionalText,
  STRIPE_API_URL: optionalText,
  PADDLE_API_KEY: optionalText,
  PADDLE_WEBHOOK_SECRET: optionalText,
  PADDLE_API_URL: optionalText,
  STRIPE_PRICE_PRO: optionalText,
  STRIPE_PRICE_TEAM: optionalText,
  PADDLE_PRICE_PRO: optionalText,
  PADDLE_PRICE_TEAM: optionalText,
  TIER_QUOTAS: optionalText,
});

export type RawConfig = z.infer<typeof configSchema>;

/** The parsed configuration, grouped by concern. */
export interface Config {
  http: { port: number; host: string };
  dataDir: string;
  logLevel: RawConfig['LOG_LEVEL'];
  uploads: { maxBytes: number };
  /** An interview nobody answers for this long is closed with its report so far. */
  interviewIdleMinutes: number;
  /** Resume files, resume versions and transcripts not changed for this many days are purged daily. */
  retentionDays: number;
  /** Events one platform account may send per minute before the bot asks them to slow down. */
  rateLimitPerMinute: number;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  queue: { kind: 'in-process' } | { kind: 'bullmq'; redisUrl: string; prefix: string };
  files:
    | { kind: 'local'; dir: string }
    | {
        kind: 's3';
        endpoint?: string;
        bucket: string;
        region: string;
        accessKeyId?: string;
        secretAccessKey?: string;
      };
  ai: {
    /** True when at least one provider has a key; false means the offline coach. */
    configured: boolean;
    /** Providers with keys, most preferred first (AI_PROVIDERS, then the usual order). */
    providers: Array<{ name: ProviderName; apiKey: string; baseUrl: string }>;
    catalog: ModelEntry[];
    /** How long a provider may stay silent (before answering, or between streamed chunks) before the next is tried. */
    timeoutMs: number;
  };
  /** Set when TELEGRAM_BOT_TOKEN is. */
  telegram?: {
    token: string;
    apiRoot: string;
    mode: 'polling' | 'webhook';
    /** Webhook mode: the URL Telegram posts to, and the secret it must send. */
    webhook?: { url: string; secret: string };
  };
  /** Set when SLACK_BOT_TOKEN is. */
  slack?: {
    botToken: string;
    apiUrl: string;
    /** HTTP events (verified with this secret) unless an app token selects Socket Mode. */
    signingSecret?: string;
    appToken?: string;
  };
  /** Set when DISCORD_BOT_TOKEN is. */
  discord?: {
    token: string;
    apiUrl: string;
    applicationId?: string;
    /** Register the slash commands at start (also `npm run discord:register`). */
    registerCommands: boolean;
  };
  billing: {
    tiers: Record<Tier, TierPlan>;
    /** Where checkout returns the user to, and where providers post webhooks (PUBLIC_URL). */
    publicUrl: string;
    stripe?: { secretKey: string; webhookSecret?: string; apiUrl?: string; prices: Partial<Record<'pro' | 'team', string>> };
    paddle?: { apiKey: string; webhookSecret?: string; apiUrl?: string; prices: Partial<Record<'pro' | 'team', string>> };
  };
  raw: RawConfig;
}

/** Thrown for env values that cannot work; the message names the variable and the fix. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration. ${lines.join('; ')}`);
  }
  const raw = result.data;
  if (raw.S3_ENDPOINT && !raw.S3_BUCKET) {
    throw new ConfigError('S3_ENDPOINT is set but S3_BUCKET is not. Set S3_BUCKET to the bucket name.');
  }
  const dataDir = raw.DATA_DIR;
  return {
    telegram: telegramConfig(raw),
    slack: slackConfig(raw),
    discord: raw.DISCORD_BOT_TOKEN
      ? {
          token: raw.DISCORD_BOT_TOKEN,
          apiUrl: raw.DISCORD_API_URL.replace(/\/+$/, ''),
          applicationId: raw.DISCORD_APPLICATION_ID,
          registerCommands: raw.DISCORD_REGISTER_COMMANDS === 'true',
        }
      : undefined,
    http: { port: raw.PORT, host: raw.HOST },
    dataDir,
    logLevel: raw.LOG_LEVEL,
    uploads: { maxBytes: Math.round(raw.MAX_UPLOAD_MB * 1024 * 1024) },
    interviewIdleMinutes: raw.INTERVIEW_IDLE_MINUTES,
    rateLimitPerMinute: raw.RATE_LIMIT_PER_MINUTE,
    retentionDays: raw.RETENTION_DAYS,
    database: raw.DATABASE_URL
      ? { kind: 'postgres', url: raw.DATABASE_URL }
      : { kind: 'pglite', dataDir: `${dataDir}/pglite` },
    queue: raw.REDIS_URL ? { kind: 'bullmq', redisUrl: raw.REDIS_URL, prefix: raw.QUEUE_PREFIX } : { kind: 'in-process' },
    files: raw.S3_BUCKET
      ? {
          kind: 's3',
          endpoint: raw.S3_ENDPOINT,
          bucket: raw.S3_BUCKET,
          region: raw.S3_REGION,
          accessKeyId: raw.S3_ACCESS_KEY_ID,
          secretAccessKey: raw.S3_SECRET_ACCESS_KEY,
        }
      : { kind: 'local', dir: `${dataDir}/files` },
    ai: aiConfig(raw),
    billing: billingConfig(raw),
    raw,
  };
}

function billingConfig(raw: RawConfig): Config['billing'] {
  let tiers: Record<Tier, TierPlan>;
  try {
    tiers = tiersWith(raw.TIER_QUOTAS);
  } catch (error) {
    throw new ConfigError(`${error instanceof SyntaxError ? 'TIER_QUOTAS must be JSON, for example {"free":{"interviews":1}}' : (error as Error).message}.`);
  }
  // Without the webhook secret no payment could ever start a plan: refuse at start, not later.
  if (raw.STRIPE_SECRET_KEY && !raw.STRIPE_WEBHOOK_SECRET) throw new ConfigError('STRIPE_SECRET_KEY is set but STRIPE_WEBHOOK_SECRET is not. Add a webhook endpoint at PUBLIC_URL/webhooks/stripe in Stripe and set its signing secret (whsec_…).');
  if (raw.PADDLE_API_KEY && !raw.PADDLE_WEBHOOK_SECRET) throw new ConfigError('PADDLE_API_KEY is set but PADDLE_WEBHOOK_SECRET is not. Add a notification destination at PUBLIC_URL/webhooks/paddle in Paddle and set its secret.');
  return {
    tiers,
    publicUrl: (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, ''),
    stripe: raw.STRIPE_SECRET_KEY
      ? { secretKey: raw.STRIPE_SECRET_KEY, webhookSecret: raw.STRIPE_WEBHOOK_SECRET, apiUrl: raw.STRIPE_API_URL, prices: { pro: raw.STRIPE_PRICE_PRO, team: raw.STRIPE_PRICE_TEAM } }
      : undefined,
    paddle: raw.PADDLE_API_KEY
      ? { apiKey: raw.PADDLE_API_KEY, webhookSecret: raw.PADDLE_WEBHOOK_SECRET, apiUrl: raw.PADDLE_API_URL, prices: { pro: raw.PADDLE_PRICE_PRO, team: raw.PADDLE_PRICE_TEAM } }
      : undefined,
  };
}

const modelEntrySchema = z.object({
  provider: z.enum(providerNames),
  model: z.string().min(1),
  tier: z.enum(tierNames),
  input: z.number().min(0),
  output: z.number().min(0),
});

function aiConfig(raw: RawConfig): Config['ai'] {
  const keys: Record<ProviderName, [string | undefined, string | undefined]> = {
    openai: [raw.OPENAI_API_KEY, raw.OPENAI_BASE_URL],
    qwen: [raw.QWEN_API_KEY, raw.QWEN_BASE_URL],
    deepseek: [raw.DEEPSEEK_API_KEY, raw.DEEPSEEK_BASE_URL],
    gemini: [raw.GEMINI_API_KEY, raw.GEMINI_BASE_URL],
  };
  const preferred = (raw.AI_PROVIDERS ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  const unknown = preferred.filter((p) => !(providerNames as readonly string[]).includes(p));
  if (unknown.length > 0) throw new ConfigError(`AI_PROVIDERS names unknown providers (${unknown.join(', ')}). Use some of: ${providerNames.join(', ')}.`);
  const order = [...new Set([...preferred, ...providerNames])] as ProviderName[];
  const providers = order.flatMap((name) => {
    const [apiKey, baseUrl] = keys[name];
    return apiKey ? [{ name, apiKey, baseUrl: (baseUrl ?? defaultBaseUrls[name]).replace(/\/+$/, '') }] : [];
  });
  return { configured: providers.length > 0, providers, catalog: catalogWith(parseModels(raw.AI_MODELS)), timeoutMs: raw.AI_TIMEOUT_MS };
}

function parseModels(text: string | undefined): ModelEntry[] {
  if (!text) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigError('AI_MODELS must be JSON, for example [{"provider":"openai","model":"llama3.1","tier":"balanced","input":0,"output":0}].');
  }
  const result = z.array(modelEntrySchema).safeParse(parsed);
  if (!result.success) throw new ConfigError(`AI_MODELS: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

function telegramConfig(raw: RawConfig): Config['telegram'] {
  if (!raw.TELEGRAM_BOT_TOKEN) return undefined;
  const apiRoot = raw.TELEGRAM_API_ROOT.replace(/\/+$/, '');
  if (raw.TELEGRAM_MODE === 'polling') return { token: raw.TELEGRAM_BOT_TOKEN, apiRoot, mode: 'polling' };
  if (!raw.PUBLIC_URL || !raw.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError(
      'TELEGRAM_MODE=webhook needs PUBLIC_URL (where Telegram can reach this server) and TELEGRAM_WEBHOOK_SECRET (letters, digits, _ and -). Set both, or use TELEGRAM_MODE=polling.',
    );
  }
  if (!/^[\w-]{1,256}$/.test(raw.TELEGRAM_WEBHOOK_SECRET)) {
    throw new ConfigError('TELEGRAM_WEBHOOK_SECRET may contain only letters, digits, _ and - (1 to 256 characters).');
  }
  return {
    token: raw.TELEGRAM_BOT_TOKEN,
    apiRoot,
    mode: 'webhook',
    webhook: { url: `${raw.PUBLIC_URL.replace(/\/+$/, '')}/telegram/webhook`, secret: raw.TELEGRAM_WEBHOOK_SECRET },
  };
}

function slackConfig(raw: RawConfig): Config['slack'] {
  if (!raw.SLACK_BOT_TOKEN) return undefined;
  if (!raw.SLACK_SIGNING_SECRET && !raw.SLACK_APP_TOKEN) {
    throw new ConfigError(
      'SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP events) nor SLACK_APP_TOKEN (Socket Mode) is. Set one from the Slack app\'s settings.',
    );
  }
  return {
    botToken: raw.SLACK_BOT_TOKEN,
    apiUrl: raw.SLACK_API_URL.endsWith('/') ? raw.SLACK_API_URL : `${raw.SLACK_API_URL}/`,
    signingSecret: raw.SLACK_SIGNING_SECRET,
    appToken: raw.SLACK_APP_TOKEN,
  };
}

/**
 * Every secret value in the configuration (tokens, keys, passwords inside URLs), so logs can
 * blank them wherever they appear, even inside a library's error message.
 */
export function secretValues(config: Config): string[] {
  const raw = config.raw as Record<string, unknown>;
  const named = Object.entries(raw)
    .filter(([key, value]) => /(TOKEN|SECRET|KEY|KEY_ID)$/.test(key) && typeof value === 'string')
    .map(([, value]) => value as string);
  const inUrls = [raw.DATABASE_URL, raw.REDIS_URL]
    .filter((url): url is string => typeof url === 'string' && URL.canParse(url))
    .map((url) => decodeURIComponent(new URL(url).password));
  return [...named, ...inUrls].filter((value) => value.length >= 6);
}

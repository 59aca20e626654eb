// The AI gateway: the only way anything in IntervAI talks to a model. A caller names a task;
// the gateway routes it (cheapest healthy provider first), falls back on errors, timeouts and
// invalid output, records every attempt's tokens and cost, and caches deterministic answers.
// Its own calls use the openai SDK directly (every provider speaks the OpenAI API): LangChain's
// wrapper alone costs 0.2 ms a call, more than all the gateway's work. Agents get a LangChain
// chat model (chatModel) that is routed the same way.
import { createHash } from 'node:crypto';
import type { AIMessage, AIMessageChunk } from '@langchain/core/messages';
import type { ChatOpenAI } from '@langchain/openai';
import type OpenAI from 'openai';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { AiCache } from '../ports/ai-cache.ts';
import type { Logger } from '../ports/logger.ts';
import type { UsageRow, UsageStore } from '../ports/store.ts';
import { costUsd } from './catalog.ts';
import { createCircuitBreaker } from './circuit-breaker.ts';
import { AiTimeoutError, AiUnavailableError, InvalidAiOutputError, isRequestRefused, outcomeOf } from './errors.ts';
import { lexicalEmbedding, lexicalModelName } from './lexical-embedding.ts';
import { TranscriptionUnavailableError, transcriptionFormat, transcriptionTokens, transcriptOf, type AudioFile, type Transcript } from './transcription.ts';
import type { GatewayChatModel } from './gateway-chat-model.ts';
import { createModelRouter, type Route } from './model-router.ts';
import { cacheableTasks, type AiTask, type ChatTurn } from './tasks.ts';
import { countTokens } from './token-count.ts';

export interface AiCall {
  task: AiTask;
  /** Whose usage this is; null for system work (embedding the knowledge base). */
  userId: string | null;
  signal?: AbortSignal;
}

export interface Embeddings {
  /** The model that made the vectors; vectors of different models are never compared. */
  model: string;
  vectors: number[][];
}

export interface AiGateway {
  /** False with no provider configured: callers use the offline coach. */
  readonly available: boolean;
  complete(call: AiCall, messages: ChatTurn[]): Promise<string>;
  /** JSON validated by the schema; invalid output gets one repair request, then the next provider. */
  structured<T>(call: AiCall, schema: z.ZodType<T>, messages: ChatTurn[]): Promise<T>;
  /** Streams the answer; onText gets the whole text so far after each chunk. */
  stream(call: AiCall, messages: ChatTurn[], onText: (textSoFar: string) => void): Promise<string>;
  /** Provider embeddings when one offers them, else the local lexical embedding. */
  embed(call: Omit<AiCall, 'task'>, texts: string[]): Promise<Embeddings>;
  /** The model embed() uses first ("openai/text-embedding-3-small", or the lexical one offline). */
  embeddingModel(): string;
  /** A LangChain chat model for agents; each of its calls is routed, recorded and falls back. */
  chatModel(call: AiCall): Promise<GatewayChatModel>;
  /** False when no configured provider has a transcription model: voice notes cannot be heard. */
  readonly transcribes: boolean;
  /** Speech to text; rejects with TranscriptionUnavailableError when `transcribes` is false. */
  transcribe(call: Omit<AiCall, 'task'>, audio: AudioFile): Promise<Transcript>;
}

export interface AiObserver {
  attempted?(row: UsageRow): void;
  cacheLookup?(hit: boolean): void;
}

export interface AiGatewayDeps {
  config: Config['ai'];
  usage: UsageStore;
  cache: AiCache;
  logger: Logger;
  observer?: AiObserver;
  /** Deterministic answers are kept this long. */
  cacheTtlSeconds?: number;
}

interface Attempt<T> {
  value: T;
  inputTokens: number;
  outputTokens: number;
}

export function createAiGateway(deps: AiGatewayDeps): AiGateway {
  const { config, usage, cache, logger, observer } = deps;
  const breaker = createCircuitBreaker();
  const router = createModelRouter(config.providers, config.catalog, breaker);
  const cacheTtlSeconds = deps.cacheTtlSeconds ?? 3600;

  // Clients are made once per provider (or per model and temperature, for LangChain) and
  // reused, so connections stay open. No retries inside them: falling back is faster.
  const clients = new Map<string, OpenAI | ChatOpenAI>();
  function client<T extends OpenAI | ChatOpenAI>(key: string, make: () => T): T {
    if (!clients.has(key)) clients.set(key, make());
    return clients.get(key) as T;
  }
  // The SDKs load with the first AI call: a process with no key (the offline coach) never pays
  // for them. The import is kept as one promise: each import() call goes through the loader.
  let openaiModule: Promise<typeof import('openai')> | undefined;
  const sdk = async (route: Route) => {
    const key = `sdk:${route.provider}:${route.baseUrl}`;
    if (clients.has(key)) return clients.get(key) as OpenAI;
    const { default: Client } = await (openaiModule ??= import('openai'));
    return client(key, () => new Client({ apiKey: route.apiKey, baseURL: route.baseUrl, maxRetries: 0 }));
  };
  // LangChain's OpenAI model (~40 MB) loads with the first agent call, not with every process.
  let langChainModule: Promise<typeof import('@langchain/openai')> | undefined;
  const langChainModel = async (route: Route, temperature: number) => {
    const { ChatOpenAI: Model } = await (langChainModule ??= import('@langchain/openai'));
    return client(
      `lc:${route.provider}/${route.model.model}/${temperature}`,
      () => new Model({ model: route.model.model, apiKey: route.apiKey, configuration: { baseURL: route.baseUrl }, maxRetries: 0, temperature, streamUsage: true }),
    );
  };

  function record(call: AiCall, route: Route, started: number, outcome: string, tokens = { inputTokens: 0, outputTokens: 0 }) {
    const row: UsageRow = {
      userId: call.userId,
      task: call.task,
      provider: route.provider,
      model: route.model.model,
      ...tokens,
      costUsd: costUsd(route.model, tokens.inputTokens, tokens.outputTokens),
      latencyMs: Math.round(performance.now() - started),
      outcome,
    };
    observer?.attempted?.(row);
    // Written behind the answer, which need not wait for it; a failed write is logged, never
    // thrown, so usage bookkeeping cannot cost the user their answer.
    void usage.record(row).catch((error) => logger.warn({ err: error }, 'AI usage could not be recorded'));
  }

  /**
   * Tries each route in turn; the first success wins and is cached when the task allows. An
   * attempt is abandoned after AI_TIMEOUT_MS of silence: `alive()` (called per streamed chunk)
   * restarts that clock, so a long answer that keeps coming is never cut off.
   */
  async function run<T>(call: AiCall, describe: unknown, attempt: (route: Route, signal: AbortSignal, alive: () => void) => Promise<Attempt<T>>, cacheable = cacheableTasks.has(call.task)): Promise<T> {
    const routes = router.routesFor(call.task);
    if (routes.length === 0) throw new AiUnavailableError();
    const keyOf = (route: Route) => `ai:${call.userId ?? 'system'}:${hashOf(route.provider, route.model.model, describe)}`;
    if (cacheable) {
      for (const route of routes) {
        const hit = await cache.get(keyOf(route)).catch(() => undefined);
        if (hit !== undefined) {
          observer?.cacheLookup?.(true);
          return JSON.parse(hit) as T;
        }
      }
      observer?.cacheLookup?.(false);
    }
    let lastError: unknown;
    for (const route of routes) {
      const started = performance.now();
      const silence = new AbortController();
      let timer = setTimeout(() => silence.abort(new AiTimeoutError()), config.timeoutMs);
      const alive = () => {
        clearTimeout(timer);
        timer = setTimeout(() => silence.abort(new AiTimeoutError()), config.timeoutMs);
      };
      const signal = call.signal ? AbortSignal.any([call.signal, silence.signal]) : silence.signal;
      try {
        const result = await attempt(route, signal, alive);
        breaker.succeeded(route.provider);
        record(call, route, started, 'ok', result);
        if (cacheable) await cache.set(keyOf(route), JSON.stringify(result.value), cacheTtlSeconds).catch(() => {});
        return result.value;
      } catch (error) {
        if (call.signal?.aborted) throw error;
        lastError = error;
        // One bad request (an unreadable audio file) must not rest the provider for everyone.
        if (!isRequestRefused(error)) breaker.failed(route.provider);
        const outcome = silence.signal.aborted ? 'timeout' : outcomeOf(error);
        const tokens = error instanceof InvalidAiOutputError ? error.tokens : undefined;
        record(call, route, started, outcome, tokens);
        logger.warn({ provider: route.provider, model: route.model.model, task: call.task, outcome }, 'AI call failed; trying the next provider');
      } finally {
        clearTimeout(timer);
      }
    }
    throw new AiUnavailableError({ cause: lastError });
  }

  async function invoke(route: Route, messages: ChatTurn[], signal: AbortSignal, temperature: number, responseFormat?: OpenAI.ResponseFormatJSONSchema) {
    const reply = await (await sdk(route)).chat.completions.create({ model: route.model.model, messages, temperature, response_format: responseFormat }, { signal });
    const text = reply.choices[0]?.message.content ?? '';
    return {
      text,
      inputTokens: reply.usage?.prompt_tokens ?? countTokens(messages.map((m) => m.content).join('\n')),
      outputTokens: reply.usage?.completion_tokens ?? countTokens(text),
    };
  }

  return {
    available: config.providers.length > 0,

    complete(call, messages) {
      const temperature = cacheableTasks.has(call.task) ? 0 : 0.7;
      return run(call, { messages, temperature }, async (route, signal) => {
        const { text, inputTokens, outputTokens } = await invoke(route, messages, signal, temperature);
        return { value: text, inputTokens, outputTokens };
      });
    },

    structured(call, schema, messages) {
      const jsonSchema = z.toJSONSchema(schema);
      const responseFormat: OpenAI.ResponseFormatJSONSchema = { type: 'json_schema', json_schema: { name: 'answer', schema: jsonSchema as Record<string, unknown>, strict: false } };
      return run(call, { messages, jsonSchema }, async (route, signal) => {
        const first = await invoke(route, messages, signal, 0, responseFormat);
        let tokens = { inputTokens: first.inputTokens, outputTokens: first.outputTokens };
        let parsed = parseJson(schema, first.text);
        if (!parsed.ok) {
          // One repair request: show the model its output and exactly what was wrong with it.
          const repair = await invoke(
            route,
            [...messages, { role: 'assistant', content: first.text }, { role: 'user', content: `That reply is not valid: ${parsed.problem}. Reply again with only the corrected JSON.` }],
            signal,
            0,
            responseFormat,
          );
          tokens = { inputTokens: tokens.inputTokens + repair.inputTokens, outputTokens: tokens.outputTokens + repair.outputTokens };
          parsed = parseJson(schema, repair.text);
          if (!parsed.ok) throw new InvalidAiOutputError(parsed.problem, tokens);
        }
        return { value: parsed.value, ...tokens };
      });
    },

    stream(call, messages, onText) {
      return run(call, { messages }, async (route, signal, alive) => {
        let text = '';
        let inputTokens: number | undefined;
        let outputTokens: number | undefined;
        const chunks = await (await sdk(route)).chat.completions.create(
          { model: route.model.model, messages, temperature: 0.7, stream: true, stream_options: { include_usage: true } },
          { signal },
        );
        for await (const chunk of chunks) {
          alive();
          if (chunk.usage) ({ prompt_tokens: inputTokens, completion_tokens: outputTokens } = chunk.usage);
          const piece = chunk.choices[0]?.delta.content ?? '';
          if (!piece) continue;
          text += piece;
          onText(text);
        }
        return {
          value: text,
          inputTokens: inputTokens ?? countTokens(messages.map((m) => m.content).join('\n')),
          outputTokens: outputTokens ?? countTokens(text),
        };
      });
    },

    embeddingModel() {
      const [first] = router.candidates('embed');
      return first ? `${first.provider}/${first.model.model}` : lexicalModelName;
    },

    async chatModel(call) {
      const { GatewayChatModel: Model } = await import('./gateway-chat-model.ts');
      const temperature = cacheableTasks.has(call.task) ? 0 : 0.7;
      // Agent steps are never cached: a step's answer is a message object, and agents loop.
      return new Model((messages, tools, signal, onText) =>
        run(
          { ...call, signal: signal ?? call.signal },
          null,
          async (route, attemptSignal, alive) => {
            const model = await langChainModel(route, temperature);
            const bound = tools.length ? model.bindTools(tools) : model;
            let reply: AIMessage;
            if (onText) {
              // Chunks are gathered into one message; tool calls arrive in pieces and are joined too.
              let gathered: AIMessageChunk | undefined;
              for await (const chunk of await bound.stream(messages, { signal: attemptSignal })) {
                alive();
                gathered = gathered ? gathered.concat(chunk) : chunk;
                if (typeof chunk.content === 'string' && chunk.content !== '') onText(String(gathered.content));
              }
              if (!gathered) throw new InvalidAiOutputError('the stream ended without a message', { inputTokens: 0, outputTokens: 0 });
              reply = gathered;
            } else {
              reply = await bound.invoke(messages, { signal: attemptSignal });
            }
            return {
              value: reply,
              inputTokens: reply.usage_metadata?.input_tokens ?? countTokens(messages.map((m) => String(m.content)).join('\n')),
              outputTokens: reply.usage_metadata?.output_tokens ?? countTokens(String(reply.content)),
            };
          },
          false,
        ),
      );
    },

    transcribes: router.candidates('transcribe').length > 0,

    async transcribe(call, audio) {
      if (router.candidates('transcribe').length === 0) throw new TranscriptionUnavailableError();
      // Never cached: a voice note is said once, and it is personal.
      return run(
        { ...call, task: 'transcribe' },
        null,
        async (route, signal) => {
          const { toFile } = await (openaiModule ??= import('openai'));
          const file = await toFile(audio.bytes, audio.name, { type: audio.mimeType });
          const reply: unknown = await (await sdk(route)).audio.transcriptions.create({ file, model: route.model.model, ...transcriptionFormat(route.model.model) }, { signal });
          const transcript = transcriptOf(reply);
          return { value: transcript, ...transcriptionTokens(reply, transcript) };
        },
        false,
      );
    },

    async embed(call, texts) {
      if (router.candidates('embed').length === 0) return { model: lexicalModelName, vectors: texts.map(lexicalEmbedding) };
      // The model travels with the vectors (cached together): vectors of two models never mix.
      return run({ ...call, task: 'embed' }, { texts }, async (route, signal) => {
        const reply = await (await sdk(route)).embeddings.create({ model: route.model.model, input: texts }, { signal });
        const vectors = reply.data.sort((a, b) => a.index - b.index).map((d) => d.embedding);
        return { value: { model: `${route.provider}/${route.model.model}`, vectors }, inputTokens: reply.usage?.prompt_tokens ?? countTokens(texts.join('\n')), outputTokens: 0 };
      });
    },
  };
}

function hashOf(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

function parseJson<T>(schema: z.ZodType<T>, text: string): { ok: true; value: T } | { ok: false; problem: string } {
  let data: unknown;
  try {
    // Some providers wrap JSON in a markdown fence even when asked for JSON only.
    data = JSON.parse(text.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, ''));
  } catch {
    return { ok: false, problem: 'it is not JSON' };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problem: result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || 'the object'}: ${i.message}`).join('; ') };
}

// A loopback fake of an OpenAI-compatible API: the real openai and LangChain clients talk to it
// over HTTP on 127.0.0.1. It answers chat completions (plain, SSE-streamed with a final usage
// chunk, tool calls, json_schema content), embeddings and audio transcriptions (multipart, with
// word timestamps); tests script the replies and inject 429s, 500s and slow answers. Every
// request is recorded.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: unknown; tool_calls?: unknown }>;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type: string; json_schema?: { name: string; schema: unknown } };
  tools?: unknown[];
  [key: string]: unknown;
}

/** What the fake answers: text content, or tool calls (name + JSON arguments). */
export type ScriptedReply = string | { toolCalls: Array<{ name: string; arguments: Record<string, unknown> }> };

export interface RecordedRequest {
  path: string;
  body: Record<string, unknown>;
  status: number;
}

/** What a transcription answers: the words said, each with its start and end in seconds. */
export interface ScriptedTranscript {
  text: string;
  words: Array<{ word: string; start: number; end: number }>;
  duration: number;
}

/**
 * A transcript of `text` spoken at `secondsPerWord`, with silences: `pauses` maps a word's index
 * to the seconds of silence after it.
 */
export function spokenTranscript(text: string, pauses: Record<number, number> = {}, secondsPerWord = 0.4): ScriptedTranscript {
  let at = 0;
  const words = text.split(/\s+/).filter(Boolean).map((word, index) => {
    const timed = { word: word.replace(/[^\p{L}\p{N}']/gu, ''), start: at, end: at + secondsPerWord };
    at = timed.end + (pauses[index] ?? 0);
    return timed;
  });
  return { text, words, duration: at };
}

export class FakeOpenAI {
  readonly apiKey = 'sk-fake-test-key';
  readonly requests: RecordedRequest[] = [];
  /** Base URL for clients, with the /v1 suffix they expect. */
  baseUrl = '';
  /** Transcripts used in order; when empty, a fixed sentence is "heard". */
  private transcripts: ScriptedTranscript[] = [];
  /** Replies used in order; when empty, `defaultReply` answers. */
  private script: Array<ScriptedReply | ((request: ChatRequest) => ScriptedReply)> = [];
  defaultReply: (request: ChatRequest) => ScriptedReply = (request) => `Fake answer to: ${lastUserText(request)}`;
  /** The next N chat or embedding requests fail with this status (429 carries retry-after: 0). */
  private failures: number[] = [];
  /** Delay before each answer starts, and between streamed chunks. */
  delayMs = 0;
  chunkDelayMs = 0;
  /** Words per streamed chunk. */
  wordsPerChunk = 1;
  /** performance.now() when the latest stream's first content chunk was written (the bench reads it). */
  firstContentAt = 0;
  private server?: Server;

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res).catch((error: Error) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: { message: error.message, type: 'server_error' } }));
    }));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** Queues replies for the next chat completions, in order. */
  reply(...replies: Array<ScriptedReply | ((request: ChatRequest) => ScriptedReply)>): this {
    this.script.push(...replies);
    return this;
  }

  /** Queues what the next transcriptions hear, in order. */
  transcribe(...transcripts: ScriptedTranscript[]): this {
    this.transcripts.push(...transcripts);
    return this;
  }

  /** The next `count` requests answer `status` (500, 429, 503…). */
  fail(status: number, count = 1): this {
    for (let i = 0; i < count; i++) this.failures.push(status);
    return this;
  }

  /** Forgets scripted replies and pending failures (between tests). */
  reset(): this {
    this.script = [];
    this.transcripts = [];
    this.failures = [];
    this.delayMs = 0;
    return this;
  }

  chatRequests(): ChatRequest[] {
    return this.requests.filter((r) => r.path.endsWith('/chat/completions')).map((r) => r.body as ChatRequest);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const type = req.headers['content-type'] ?? '';
    const body = (type.includes('multipart/form-data') ? formFields(raw, type) : JSON.parse(raw.toString('utf8') || '{}')) as Record<string, unknown>;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const failure = this.failures.shift();
    const record = (status: number) => this.requests.push({ path, body, status });
    if (this.delayMs) await sleep(this.delayMs);
    if (failure) {
      record(failure);
      res.writeHead(failure, { 'Content-Type': 'application/json', ...(failure === 429 ? { 'retry-after': '0' } : {}) });
      return void res.end(JSON.stringify({ error: { message: `injected ${failure}`, type: failure === 429 ? 'rate_limit_exceeded' : 'server_error' } }));
    }
    if (req.method === 'POST' && path === '/v1/chat/completions') {
      record(200);
      return this.chat(body as ChatRequest, res);
    }
    if (req.method === 'POST' && path === '/v1/embeddings') {
      record(200);
      const inputs = ([] as string[]).concat(body.input as string | string[]);
      // The openai SDK asks for base64 (packed float32) unless told otherwise, as the real API allows.
      const encode = (vector: number[]) => (body.encoding_format === 'base64' ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector);
      const data = inputs.map((text, index) => ({ object: 'embedding', index, embedding: encode(fakeEmbedding(text, Number(body.dimensions ?? 64))) }));
      return json(res, { object: 'list', data, model: body.model, usage: { prompt_tokens: inputs.join(' ').split(/\s+/).length, total_tokens: inputs.join(' ').split(/\s+/).length } });
    }
    if (req.method === 'POST' && path === '/v1/audio/transcriptions') {
      record(200);
      return json(res, this.transcription(body));
    }
    record(404);
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: { message: `no route ${path}`, type: 'invalid_request_error' } }));
  }

  private async chat(request: ChatRequest, res: ServerResponse): Promise<void> {
    const next = this.script.shift() ?? this.defaultReply;
    const reply = typeof next === 'function' ? next(request) : next;
    const id = `chatcmpl-${this.requests.length}`;
    const created = Math.floor(Date.now() / 1000);
    const promptTokens = countWords(JSON.stringify(request.messages));
    const content = typeof reply === 'string' ? reply : null;
    const toolCalls = typeof reply === 'string' ? undefined : reply.toolCalls.map((call, index) => ({ index, id: `call_${index}`, type: 'function', function: { name: call.name, arguments: JSON.stringify(call.arguments) } }));
    const completionTokens = countWords(content ?? JSON.stringify(toolCalls));
    const usage = { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
    const finish = toolCalls ? 'tool_calls' : 'stop';
    if (!request.stream) {
      return json(res, {
        id, object: 'chat.completion', created, model: request.model,
        choices: [{ index: 0, message: { role: 'assistant', content, ...(toolCalls ? { tool_calls: toolCalls } : {}) }, finish_reason: finish }],
        usage,
      });
    }
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
    const send = (choices: unknown[], extra: Record<string, unknown> = {}) =>
      res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: request.model, choices, ...extra })}\n\n`);
    send([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }]);
    if (toolCalls) {
      send([{ index: 0, delta: { tool_calls: toolCalls }, finish_reason: null }]);
    } else {
      const words = (content ?? '').split(/(?<=\s)/);
      for (let i = 0; i < words.length; i += this.wordsPerChunk) {
        if (this.chunkDelayMs) await sleep(this.chunkDelayMs);
        if (i === 0) this.firstContentAt = performance.now();
        send([{ index: 0, delta: { content: words.slice(i, i + this.wordsPerChunk).join('') }, finish_reason: null }]);
      }
    }
    send([{ index: 0, delta: {}, finish_reason: finish }]);
    if (request.stream_options?.include_usage) send([], { usage });
    res.end('data: [DONE]\n\n');
  }

  /** json gives the text only; verbose_json adds the duration, and the timestamps asked for. */
  private transcription(form: Record<string, unknown>): Record<string, unknown> {
    const heard = this.transcripts.shift() ?? spokenTranscript('I led the migration and we shipped it on time.');
    if (form.response_format !== 'verbose_json') return { text: heard.text, usage: { type: 'tokens', input_tokens: Math.ceil(heard.duration * 17), output_tokens: countWords(heard.text) } };
    const granularities = ([] as unknown[]).concat(form['timestamp_granularities[]'] ?? []);
    return {
      task: 'transcribe',
      language: 'english',
      duration: heard.duration,
      text: heard.text,
      ...(granularities.includes('word') ? { words: heard.words } : {}),
      ...(granularities.includes('segment') ? { segments: [{ id: 0, start: 0, end: heard.duration, text: heard.text }] } : {}),
      usage: { type: 'duration', seconds: Math.ceil(heard.duration) },
    };
  }
}

function lastUserText(request: ChatRequest): string {
  const last = [...request.messages].reverse().find((m) => m.role === 'user');
  return typeof last?.content === 'string' ? last.content : JSON.stringify(last?.content ?? '');
}

/** Same text, same vector: words hashed into a few dimensions, normalised. */
function fakeEmbedding(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().split(/\W+/).filter(Boolean)) {
    let hash = 0;
    for (const char of word) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    vector[hash % dimensions]! += 1;
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((v) => v / norm);
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function json(res: ServerResponse, body: unknown) {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Just enough multipart parsing for an upload: text fields as strings (a repeated field as a
 * list), the file as its name, type and size.
 */
function formFields(body: Buffer, type: string): Record<string, unknown> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
  const fields: Record<string, unknown> = {};
  for (const part of body.toString('latin1').split(`--${boundary?.[1] ?? boundary?.[2]}`)) {
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd < 0) continue;
    const headers = part.slice(0, headerEnd);
    const value = part.slice(headerEnd + 4).replace(/\r\n$/, '');
    const name = /name="([^"]+)"/.exec(headers)?.[1];
    if (!name) continue;
    const fileName = /filename="([^"]*)"/.exec(headers)?.[1];
    const parsed = fileName !== undefined ? { fileName, type: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1], size: Buffer.byteLength(value, 'latin1') } : Buffer.from(value, 'latin1').toString('utf8');
    fields[name] = name in fields ? ([] as unknown[]).concat(fields[name], parsed) : parsed;
  }
  return fields;
}

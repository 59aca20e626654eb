// A loopback fake of the Telegram Bot API: the real grammY talks to it over HTTP on 127.0.0.1.
// It records every call, serves getUpdates from updates a test pushes, stores sent messages,
// serves files for getFile, and can answer 429 to exercise retry_after.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  /** What the fake answered: a result, or the 429 it returned. */
  response?: { ok: boolean; result?: unknown; error_code?: number };
}

interface StoredFile {
  bytes: Buffer;
  path: string;
}

export class FakeTelegram {
  readonly token = '123456:TEST-token';
  readonly calls: RecordedCall[] = [];
  /** Called for every API call as it arrives (the bench times replies with it). */
  onCall?: (call: RecordedCall) => void;
  private server?: Server;
  private updates: Array<Record<string, unknown>> = [];
  private nextUpdateId = 1;
  private nextMessageId = 1000;
  private files = new Map<string, StoredFile>();
  private pollers: Array<() => void> = [];
  /** When set, getUpdates answers 409, as when another instance of the bot is polling. */
  pollingConflict = false;
  /** method → how many of its next calls answer 429 with retry_after 1. */
  readonly rateLimited = new Map<string, number>();
  apiRoot = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        ({ status, body }) => {
          res.writeHead(status, { 'Content-Type': Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json' });
          res.end(Buffer.isBuffer(body) ? body : JSON.stringify(body));
        },
        (error: Error) => {
          res.writeHead(500);
          res.end(String(error.message));
        },
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.apiRoot = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const wake of this.pollers.splice(0)) wake();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** Queues an update for getUpdates and returns it (also what a webhook test would POST). */
  pushUpdate(update: Record<string, unknown>): Record<string, unknown> {
    const full = { update_id: this.nextUpdateId++, ...update };
    this.updates.push(full);
    for (const wake of this.pollers.splice(0)) wake();
    return full;
  }

  /** A private-chat text message from a user. */
  userMessage(chatId: number, text: string, extra: Record<string, unknown> = {}) {
    return {
      message: {
        message_id: this.nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: 'private', first_name: 'Alice' },
        from: { id: chatId, is_bot: false, first_name: 'Alice', last_name: 'Chen' },
        text,
        ...extra,
      },
    };
  }

  /** Registers a file the bot may download, returning the document object for a message. */
  addDocument(name: string, bytes: Buffer, mimeType = 'application/pdf') {
    const fileId = `file-${this.files.size + 1}`;
    this.files.set(fileId, { bytes, path: `documents/${fileId}-${name}` });
    return { file_id: fileId, file_unique_id: `u-${fileId}`, file_name: name, mime_type: mimeType, file_size: bytes.length };
  }

  /** Registers a recording the bot may download, returning the voice object for a message (`{ voice }`). */
  addVoice(bytes: Buffer, durationSeconds: number, mimeType = 'audio/ogg') {
    const fileId = `file-${this.files.size + 1}`;
    this.files.set(fileId, { bytes, path: `voice/${fileId}.oga` });
    return { file_id: fileId, file_unique_id: `u-${fileId}`, duration: durationSeconds, mime_type: mimeType, file_size: bytes.length };
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Waits until `method` has been called `count` times. */
  async waitForCalls(method: string, count = 1, timeoutMs = 10_000): Promise<RecordedCall[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.callsOf(method).length < count) {
      if (Date.now() > deadline) throw new Error(`${method} called ${this.callsOf(method).length} times, expected ${count}; calls: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.callsOf(method);
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (fileMatch && req.method === 'GET') {
      const file = [...this.files.values()].find((f) => f.path === decodeURIComponent(fileMatch[2]!));
      return file && fileMatch[1] === this.token ? { status: 200, body: file.bytes } : { status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } };
    }
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(url.pathname);
    if (!match) return { status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } };
    if (match[1] !== this.token) return { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } };
    const method = match[2]!;
    const params = await readParams(req);
    const call: RecordedCall = { method, params };
    this.calls.push(call);
    this.onCall?.(call);
    const limited = this.rateLimited.get(method) ?? 0;
    if (limited > 0) {
      this.rateLimited.set(method, limited - 1);
      call.response = { ok: false, error_code: 429 };
      return { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } } };
    }
    if (method === 'getUpdates' && this.pollingConflict) {
      call.response = { ok: false, error_code: 409 };
      return { status: 409, body: { ok: false, error_code: 409, description: 'Conflict: terminated by other getUpdates request' } };
    }
    const refusal = this.refuse(method, params);
    if (refusal) {
      call.response = { ok: false, error_code: 400 };
      return { status: 400, body: { ok: false, error_code: 400, description: refusal } };
    }
    call.response = { ok: true, result: await this.answer(method, params) };
    return { status: 200, body: call.response };
  }

  /** The Bot API's own limits, so the tests catch what Telegram would refuse. */
  private refuse(method: string, params: Record<string, unknown>): string | undefined {
    if (method !== 'sendMessage' && method !== 'editMessageText') return undefined;
    const text = String(params.text ?? '');
    if (text.length === 0) return 'Bad Request: message text is empty';
    if (text.length > 4096) return 'Bad Request: message is too long';
    if (params.parse_mode === 'HTML') {
      const open: string[] = [];
      for (const [, closing, tag] of text.matchAll(/<(\/?)([a-z]+)>/g)) {
        if (!closing) open.push(tag!);
        else if (open.pop() !== tag) return "Bad Request: can't parse entities: unexpected end tag";
      }
      if (open.length > 0) return "Bad Request: can't parse entities: unclosed tag";
    }
    const keyboard = (params.reply_markup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined)?.inline_keyboard ?? [];
    if (keyboard.flat().some((b) => Buffer.byteLength(b.callback_data ?? '') > 64)) return 'Bad Request: BUTTON_DATA_INVALID';
    return undefined;
  }

  private async answer(method: string, params: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return { id: 42, is_bot: true, first_name: 'IntervAI', username: 'IntervAIBot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };
      case 'getUpdates':
        return this.getUpdates(Number(params.offset ?? 0), Number(params.timeout ?? 0));
      case 'sendMessage':
      case 'sendDocument':
      case 'sendPhoto':
        return { message_id: this.nextMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: Number(params.chat_id), type: 'private' }, text: params.text };
      case 'editMessageText':
        return { message_id: Number(params.message_id), date: Math.floor(Date.now() / 1000), chat: { id: Number(params.chat_id), type: 'private' }, text: params.text };
      case 'getFile': {
        const file = this.files.get(String(params.file_id));
        return file ? { file_id: params.file_id, file_unique_id: `u-${params.file_id}`, file_size: file.bytes.length, file_path: file.path } : undefined;
      }
      default:
        return true; // setMyCommands, answerCallbackQuery, sendChatAction, setWebhook, deleteWebhook…
    }
  }

  private async getUpdates(offset: number, timeoutSeconds: number): Promise<unknown[]> {
    this.updates = this.updates.filter((u) => (u.update_id as number) >= offset);
    if (this.updates.length === 0 && timeoutSeconds > 0) {
      // Long polling, kept short so tests and shutdowns stay quick.
      await new Promise<void>((resolve) => {
        this.pollers.push(resolve);
        setTimeout(resolve, Math.min(timeoutSeconds, 1) * 1000);
      });
    }
    return this.updates.slice(0, 100);
  }
}

async function readParams(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  const body = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return body.length ? JSON.parse(body.toString()) : {};
  if (type.includes('multipart/form-data')) return parseMultipart(body, type);
  return Object.fromEntries(new URL(`http://x/?${body.toString()}`).searchParams);
}

/**
 * Just enough multipart parsing for sendDocument: text fields, and file parts as their name,
 * size and bytes; a field "attach://x" is replaced by the file part named x.
 */
function parseMultipart(body: Buffer, type: string): Record<string, unknown> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
  const marker = `--${boundary?.[1] ?? boundary?.[2]}`;
  const params: Record<string, unknown> = {};
  for (const part of body.toString('latin1').split(marker)) {
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd < 0) continue;
    const headers = part.slice(0, headerEnd);
    const value = part.slice(headerEnd + 4).replace(/\r\n$/, '');
    const name = /name="?([^";\r\n]+)"?/.exec(headers)?.[1];
    const fileName = /filename="?([^";\r\n]+)"?/.exec(headers)?.[1];
    if (!name) continue;
    params[name] = fileName ? { fileName, size: Buffer.byteLength(value, 'latin1'), bytes: Buffer.from(value, 'latin1') } : Buffer.from(value, 'latin1').toString('utf8');
  }
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && value.startsWith('attach://')) params[key] = params[value.slice('attach://'.length)];
  }
  return params;
}

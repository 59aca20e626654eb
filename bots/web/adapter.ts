// The local web playground as a real adapter: browser requests become neutral events, and
// outgoing messages and edits are pushed back over Server-Sent Events.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage as HttpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import express, { type Request, type Response, type Router } from 'express';
import { FileTooLargeError } from '../../core/errors.ts';
import type { Adapter, EventHandler } from '../../core/model/adapter.ts';
import type { Attachment, Author, OutgoingMessage } from '../../core/model/message.ts';
import { makeThreadId } from '../../core/model/thread-id.ts';
import type { HistoryEntry } from '../../core/ports/store.ts';

export interface WebAdapterOptions {
  /** Loads a thread's stored messages, so a reloaded page shows its history. */
  loadHistory(threadId: string, limit: number): Promise<HistoryEntry[]>;
  /** Bytes beyond this are counted but not kept, so a huge upload costs no memory. */
  maxUploadBytes: number;
  /** Reads a file the core sent (an export), for the tab's download link. */
  readFile(fileKey: string): Promise<Buffer>;
}

export interface WebAdapter extends Adapter {
  /** Mounted at / by the HTTP server. */
  routes: Router;
}

const publicDir = fileURLToPath(new URL('./public', import.meta.url));
const clientIdPattern = /^[A-Za-z0-9_-]{8,64}$/;
const heartbeatMs = 25_000;
/** Open tabs per conversation; a newer tab replaces the oldest beyond this. */
const maxStreamsPerThread = 5;
const maxBufferedBytes = 1024 * 1024;
/** Download links remembered; older links stop working (the file is in the chat history again on reload). */
const maxDownloads = 2000;

interface Download {
  threadId: string;
  fileKey: string;
  name: string;
  mimeType: string;
}

export function createWebAdapter(options: WebAdapterOptions): WebAdapter {
  const streams = new Map<string, Set<Response>>();
  const downloads = new Map<string, Download>();
  let handler: EventHandler | undefined;

  /** A message as the tab shows it; files become download links only this conversation can open. */
  function render(threadId: string, message: OutgoingMessage) {
    const files = (message.files ?? []).map((f) => {
      const token = randomUUID();
      if (downloads.size >= maxDownloads) downloads.delete(downloads.keys().next().value!);
      downloads.set(token, { threadId, fileKey: f.fileKey, name: f.name, mimeType: f.mimeType });
      return { name: f.name, mimeType: f.mimeType, url: `/api/web/downloads/${token}` };
    });
    return { text: message.text, buttons: message.buttons ?? [], files };
  }

  function push(threadId: string, event: 'message' | 'edit', data: object) {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const res of streams.get(threadId) ?? []) {
      // A stalled tab must not make the server buffer without bound; it reloads history on reconnect.
      if (!res.write(frame) && res.writableLength > maxBufferedBytes) res.end();
    }
  }

  /** Reads the client id and display name every request carries; answers 400 when missing. */
  function identify(req: Request, res: Response): { threadId: string; author: Author } | undefined {
    const clientId = String(req.query.client ?? req.body?.client ?? '');
    if (!clientIdPattern.test(clientId)) {
      res.status(400).json({ error: 'Missing or invalid client id. Reload the page to get a new one.' });
      return undefined;
    }
    const name = String(req.query.name ?? req.body?.name ?? '').trim().slice(0, 60) || 'Guest';
    return {
      threadId: makeThreadId('web', clientId),
      author: { userId: clientId, userName: name, isBot: false, workspaceId: '', ...browserLocale(req.headers['accept-language']) },
    };
  }

  /** The fields every event from this browser shares; the browser's own id makes resends dedupe. */
  function eventBase(who: { threadId: string; author: Author }, clientEventId: unknown) {
    const id = typeof clientEventId === 'string' && clientEventId ? clientEventId.slice(0, 64) : randomUUID();
    return { id, platform: 'web' as const, threadId: who.threadId, author: who.author };
  }

  /** Hands the event to the core without waiting: the browser gets its ack at once. */
  function dispatch(res: Response, event: Parameters<EventHandler>[0]) {
    if (!handler) return void res.status(503).json({ error: 'The bot is starting or restarting. Try again in a few seconds.' });
    res.status(202).json({ id: event.id });
    void handler(event);
  }

  const routes = express.Router();
  routes.use(express.static(publicDir, { index: 'index.html', maxAge: 0 }));

  routes.get('/api/web/events', (req, res) => {
    const who = identify(req, res);
    if (!who) return;
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const set = streams.get(who.threadId) ?? new Set();
    if (set.size >= maxStreamsPerThread) set.values().next().value?.end();
    set.add(res);
    streams.set(who.threadId, set);
    const heartbeat = setInterval(() => res.write(': ping\n\n'), heartbeatMs);
    req.on('close', () => {
      clearInterval(heartbeat);
      set.delete(res);
      if (set.size === 0) streams.delete(who.threadId);
    });
  });

  routes.get('/api/web/history', async (req, res) => {
    const who = identify(req, res);
    if (!who) return;
    const entries = await options.loadHistory(who.threadId, 200);
    res.json({
      messages: entries.map((e) => ({ id: e.platformMessageId ?? e.id, direction: e.direction, ...e.message, ...(e.direction === 'out' ? render(who.threadId, e.message) : {}) })),
    });
  });

  routes.get('/api/web/downloads/:token', async (req, res) => {
    const who = identify(req, res);
    if (!who) return;
    const download = downloads.get(req.params.token);
    // Another conversation's link, or a forgotten one: the same answer, so tokens reveal nothing.
    if (!download || download.threadId !== who.threadId) return void res.status(404).json({ error: 'This download link has expired. Ask for the file again in the chat.' });
    const bytes = await options.readFile(download.fileKey).catch(() => undefined);
    if (!bytes) return void res.status(404).json({ error: 'This file is no longer stored. Ask for it again in the chat.' });
    res.setHeader('Content-Type', download.mimeType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(download.name)}`);
    res.end(bytes);
  });

  routes.post('/api/web/messages', express.json({ limit: '64kb' }), (req, res) => {
    const who = identify(req, res);
    if (!who) return;
    dispatch(res, {
      ...eventBase(who, req.body?.id),
      kind: 'message',
      text: typeof req.body?.text === 'string' ? req.body.text.slice(0, 20_000) : '',
      attachments: [],
    });
  });

  routes.post('/api/web/actions', express.json({ limit: '16kb' }), (req, res) => {
    const who = identify(req, res);
    if (!who) return;
    dispatch(res, {
      ...eventBase(who, req.body?.id),
      kind: 'action',
      actionId: String(req.body?.actionId ?? ''),
      value: String(req.body?.value ?? ''),
    });
  });

  // The file is the raw request body; its name comes in the query string.
  routes.post('/api/web/files', async (req, res) => {
    const who = identify(req, res);
    if (!who) return;
    const name = String(req.query.filename ?? '').trim().slice(0, 200) || 'upload';
    const mimeType = String(req.headers['content-type'] ?? 'application/octet-stream');
    const declared = Number(req.headers['content-length']);
    // Too big by its declared size: not read at all (Node discards the body once we answer);
    // the core explains the limit in the chat, as for any platform's oversized file.
    const body =
      Number.isFinite(declared) && declared > options.maxUploadBytes
        ? { size: declared }
        : await readBody(req, options.maxUploadBytes).catch(() => undefined);
    if (!body) return; // the browser went away mid-upload: nothing to answer
    const attachment: Attachment = {
      name,
      mimeType,
      size: body.size,
      async fetch(maxBytes) {
        if (!body.bytes || body.size > maxBytes) throw new FileTooLargeError(name, body.size, maxBytes);
        return body.bytes;
      },
    };
    dispatch(res, { ...eventBase(who, req.query.id), kind: 'message', text: '', attachments: [attachment] });
  });

  return {
    platform: 'web',
    routes,
    async start(h) {
      handler = h;
    },
    async send(threadId, message) {
      const id = randomUUID();
      push(threadId, 'message', { id, ...render(threadId, message) });
      return id;
    },
    async edit(threadId, platformMessageId, message) {
      push(threadId, 'edit', { id: platformMessageId, ...render(threadId, message) });
    },
    async stop() {
      handler = undefined;
      for (const set of streams.values()) for (const res of set) res.end();
      streams.clear();
    },
  };
}


/**
 * Reads the whole request body before the ack (Node discards an unread body once the response
 * ends). Bytes are kept only up to keepAtMost; a larger body is drained and counted, so the
 * reply can state its size.
 */
async function readBody(req: HttpRequest, keepAtMost: number): Promise<{ size: number; bytes?: Buffer }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= keepAtMost) chunks.push(chunk);
  }
  return { size, bytes: size <= keepAtMost ? Buffer.concat(chunks) : undefined };
}

/** The browser's first preferred language ("es-ES,es;q=0.9" → "es-ES") stands in for a platform locale; "*" says nothing. */
function browserLocale(acceptLanguage: string | undefined): { locale?: string } {
  const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim();
  return first && first !== '*' ? { locale: first } : {};
}

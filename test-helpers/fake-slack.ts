// A loopback fake of the Slack Web API for the real @slack/bolt and @slack/web-api clients,
// plus helpers that deliver signed events, slash commands and button clicks to the app.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface SlackCall {
  method: string;
  params: Record<string, unknown>;
  /** What the fake answered. */
  response?: Record<string, unknown>;
}

export class FakeSlack {
  readonly botToken = 'xoxb-test-token';
  readonly signingSecret = 'test-signing-secret';
  readonly teamId = 'T0001';
  /** Socket Mode's app-level token. */
  readonly appToken = 'xapp-test-token';
  /** method → how many of its next calls answer HTTP 429 with Retry-After: 1. */
  readonly rateLimited = new Map<string, number>();
  private sockets = new Set<WebSocket>();
  private acks = new Map<string, () => void>();
  private envelopes = 0;
  readonly calls: SlackCall[] = [];
  /** Called for every API call as it arrives (the bench times replies with it). */
  onCall?: (call: SlackCall) => void;
  private server?: Server;
  private files = new Map<string, Buffer>();
  private uploads = 0;
  private ts = 1_700_000_000;
  baseUrl = '';

  /** What the app is given as SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, headers }) => {
        res.writeHead(status, { 'Content-Type': Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json', ...headers });
        res.end(Buffer.isBuffer(body) ? body : JSON.stringify(body));
      });
    });
    // Socket Mode: apps.connections.open hands out this WebSocket address.
    const sockets = new WebSocketServer({ server: this.server, path: '/socket' });
    sockets.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('message', (data) => {
        const { envelope_id } = JSON.parse(String(data)) as { envelope_id?: string };
        if (envelope_id) this.acks.get(envelope_id)?.();
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0001' } }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** Waits for a Socket Mode client to be connected. */
  async waitForSocket(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.sockets.size === 0) {
      if (Date.now() > deadline) throw new Error('no Socket Mode connection');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Sends an envelope over Socket Mode; resolves when the app acknowledges it. */
  sendEnvelope(type: 'events_api' | 'slash_commands' | 'interactive', payload: Record<string, unknown>): Promise<void> {
    const envelopeId = `env-${++this.envelopes}`;
    const acked = new Promise<void>((resolve) => this.acks.set(envelopeId, resolve));
    for (const socket of this.sockets) socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: false, retry_attempt: 0, retry_reason: '' }));
    return acked;
  }

  /** An Events API body, as HTTP delivers it and Socket Mode wraps it. */
  eventCallback(event: Record<string, unknown>, eventId = `Ev${this.ts++}`) {
    return { token: 'legacy', team_id: this.teamId, api_app_id: 'A0001', type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000), event };
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  callsOf(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Registers a file a user shared; returns the `files` entry of a message event. */
  addFile(name: string, bytes: Buffer, mimetype = 'application/pdf') {
    const id = `F${this.files.size + 1}`;
    this.files.set(id, bytes);
    return { id, name, mimetype, size: bytes.length, url_private_download: `${this.baseUrl}/files/${id}/${encodeURIComponent(name)}` };
  }

  nextTs(): string {
    return `${this.ts++}.000100`;
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const body = await readBody(req);
    const authorized = req.headers.authorization === `Bearer ${this.botToken}` || req.headers.authorization === `Bearer ${this.appToken}`;
    const file = /^\/files\/(\w+)\//.exec(url.pathname);
    if (file) return authorized && this.files.has(file[1]!) ? { status: 200, body: this.files.get(file[1]!)! } : { status: 404, body: { ok: false } };
    if (url.pathname.startsWith('/upload/')) return { status: 200, body: { ok: true } };
    if (url.pathname === '/response') {
      // A slash command's response_url: recorded like an API call named "response".
      this.calls.push({ method: 'response', params: body ? JSON.parse(body) : {} });
      return { status: 200, body: { ok: true } };
    }
    const method = /^\/api\/([\w.]+)$/.exec(url.pathname)?.[1];
    if (!method) return { status: 404, body: { ok: false, error: 'unknown_method' } };
    const params = parseParams(body, String(req.headers['content-type'] ?? ''));
    const call: SlackCall = { method, params };
    this.calls.push(call);
    this.onCall?.(call);
    if (!authorized && !String(params.token ?? '').startsWith('xoxb')) return { status: 200, body: { ok: false, error: 'not_authed' } };
    const limited = this.rateLimited.get(method) ?? 0;
    if (limited > 0) {
      this.rateLimited.set(method, limited - 1);
      call.response = { ok: false, error: 'ratelimited' };
      return { status: 429, body: call.response, headers: { 'Retry-After': '1' } };
    }
    call.response = this.answer(method, params) as Record<string, unknown>;
    return { status: 200, body: call.response };
  }

  private answer(method: string, params: Record<string, unknown>): unknown {
    switch (method) {
      case 'apps.connections.open':
        return { ok: true, url: `${this.baseUrl.replace('http', 'ws')}/socket` };
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'intervai', team_id: this.teamId, user_id: 'UBOT', bot_id: 'BBOT' };
      case 'chat.postMessage':
        return { ok: true, channel: params.channel, ts: this.nextTs(), message: { text: params.text } };
      case 'chat.update':
        return { ok: true, channel: params.channel, ts: params.ts, text: params.text };
      case 'files.getUploadURLExternal':
        return { ok: true, upload_url: `${this.baseUrl}/upload/${++this.uploads}`, file_id: `FU${this.uploads}` };
      case 'files.completeUploadExternal':
        return { ok: true, files: (JSON.parse(String(params.files ?? '[]')) as Array<{ id: string }>).map((f) => ({ id: f.id })) };
      default:
        return { ok: true };
    }
  }

  /** Signs a request body the way Slack does (v0 HMAC-SHA256 of "v0:timestamp:body"). */
  sign(body: string, timestamp = Math.floor(Date.now() / 1000), secret = this.signingSecret): Record<string, string> {
    const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    return { 'X-Slack-Request-Timestamp': String(timestamp), 'X-Slack-Signature': signature };
  }

  /** Posts an Events API callback to the app. */
  postEvent(appUrl: string, event: Record<string, unknown>, options: { eventId?: string; retryNum?: number; secret?: string } = {}) {
    const body = JSON.stringify(this.eventCallback(event, options.eventId));
    const headers: Record<string, string> = { 'Content-Type': 'application/json', ...this.sign(body, undefined, options.secret) };
    if (options.retryNum) {
      headers['X-Slack-Retry-Num'] = String(options.retryNum);
      headers['X-Slack-Retry-Reason'] = 'http_timeout';
    }
    return fetch(new URL('slack/events', appUrl), { method: 'POST', headers, body });
  }

  /** A direct message from a user, as the Events API delivers it. */
  dm(channel: string, user: string, text: string, extra: Record<string, unknown> = {}) {
    return { type: 'message', channel, channel_type: 'im', user, text, ts: this.nextTs(), ...extra };
  }

  postSlashCommand(appUrl: string, channel: string, user: string, command: string, text = '') {
    const body = new URLSearchParams({
      token: 'legacy', team_id: this.teamId, channel_id: channel, channel_name: 'directmessage', user_id: user, user_name: 'alice',
      command, text, response_url: `${this.baseUrl}/response`, trigger_id: `trig-${this.ts++}`, api_app_id: 'A0001',
    }).toString();
    return fetch(new URL('slack/events', appUrl), { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...this.sign(body) }, body });
  }

  postButtonClick(appUrl: string, channel: string, user: string, messageTs: string, button: { action_id: string; value: string }) {
    const payload = {
      type: 'block_actions',
      team: { id: this.teamId },
      user: { id: user, name: 'alice' },
      api_app_id: 'A0001',
      trigger_id: `trig-${this.ts++}`,
      channel: { id: channel },
      container: { type: 'message', message_ts: messageTs, channel_id: channel },
      message: { ts: messageTs, text: '' },
      actions: [{ type: 'button', block_id: 'b', action_ts: `${this.ts++}.1`, ...button }],
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return fetch(new URL('slack/events', appUrl), { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...this.sign(body) }, body });
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString();
}

function parseParams(body: string, type: string): Record<string, unknown> {
  if (type.includes('application/json')) return body ? JSON.parse(body) : {};
  return Object.fromEntries(new URLSearchParams(body));
}

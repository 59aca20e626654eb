// A loopback fake of Discord for the real discord.js: the REST API under /api/v10 and a
// gateway WebSocket that says HELLO, answers IDENTIFY with READY, acknowledges heartbeats, and
// lets a test dispatch MESSAGE_CREATE and INTERACTION_CREATE.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface DiscordCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
  /** The id of the message the fake created, for message posts. */
  responseId?: string;
  /** Names of the files uploaded with the request. */
  files: string[];
  /** The HTTP status the fake answered. */
  status?: number;
}

export class FakeDiscord {
  readonly token = 'fake-discord-token';
  readonly applicationId = '900000000000000001';
  readonly botUser = { id: '900000000000000002', username: 'IntervAI', discriminator: '0', global_name: 'IntervAI', bot: true, avatar: null };
  readonly calls: DiscordCall[] = [];
  /** Called for every API call as it arrives (the bench times replies with it). */
  onCall?: (call: DiscordCall) => void;
  private server?: Server;
  private sockets = new Set<WebSocket>();
  private sequence = 0;
  private nextId = 1_000_000_000_000_000_000n;
  private attachments = new Map<string, Buffer>();
  /** How many of the next message posts answer 429 (retry after 1 s). */
  rateLimitedPosts = 0;
  baseUrl = '';

  /** What the app is given as DISCORD_API_URL. */
  get apiUrl(): string {
    return `${this.baseUrl}/api`;
  }

  snowflake(): string {
    return String(this.nextId++);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, headers }) => {
        if (status === 204) return void res.writeHead(204).end();
        res.writeHead(status, { 'Content-Type': Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json', ...headers });
        res.end(Buffer.isBuffer(body) ? body : JSON.stringify(body));
      });
    });
    const gateway = new WebSocketServer({ server: this.server, path: '/gateway' });
    gateway.on('connection', (socket) => this.onGatewayConnection(socket));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  callsTo(method: string, pathPattern: RegExp): DiscordCall[] {
    return this.calls.filter((c) => c.method === method && pathPattern.test(c.path));
  }

  async waitForSocketReady(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (![...this.sockets].some((s) => (s as WebSocket & { identified?: boolean }).identified)) {
      if (Date.now() > deadline) throw new Error('discord.js never identified on the gateway');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Sends a gateway dispatch (t, d) to every connected client. */
  dispatch(type: string, data: Record<string, unknown>): void {
    const frame = JSON.stringify({ op: 0, t: type, s: ++this.sequence, d: data });
    for (const socket of this.sockets) socket.send(frame);
  }

  user(id: string, name = 'alice') {
    return { id, username: name, discriminator: '0', global_name: name === 'alice' ? 'Alice Chen' : name, bot: false, avatar: null };
  }

  /** A direct message as the gateway delivers it. */
  dmMessage(channelId: string, userId: string, content: string, extra: Record<string, unknown> = {}) {
    return {
      id: this.snowflake(), channel_id: channelId, channel_type: 1, author: this.user(userId), content, timestamp: new Date().toISOString(),
      edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: 0,
      ...extra,
    };
  }

  /** A file a user attached, downloadable from the fake. */
  attachment(name: string, bytes: Buffer, contentType = 'application/pdf') {
    const id = this.snowflake();
    this.attachments.set(id, bytes);
    return { id, filename: name, size: bytes.length, content_type: contentType, url: `${this.baseUrl}/attachments/${id}/${name}`, proxy_url: `${this.baseUrl}/attachments/${id}/${name}` };
  }

  /** A slash command used in a DM. */
  slashCommand(channelId: string, userId: string, name: string) {
    return {
      id: this.snowflake(), application_id: this.applicationId, type: 2, token: `itoken-${this.sequence}-${name}`, version: 1,
      channel_id: channelId, channel: { id: channelId, type: 1 }, user: this.user(userId), locale: 'en-US', app_permissions: '0', entitlements: [],
      authorizing_integration_owners: {}, context: 1,
      data: { id: this.snowflake(), name, type: 1, options: [] },
    };
  }

  /** A button press on one of the bot's messages in a DM. */
  buttonPress(channelId: string, userId: string, customId: string, messageId: string) {
    return {
      id: this.snowflake(), application_id: this.applicationId, type: 3, token: `itoken-btn-${this.sequence}`, version: 1,
      channel_id: channelId, channel: { id: channelId, type: 1 }, user: this.user(userId), locale: 'en-US', app_permissions: '0', entitlements: [],
      authorizing_integration_owners: {}, context: 1,
      message: this.botMessage(channelId, messageId, ''),
      data: { custom_id: customId, component_type: 2 },
    };
  }

  private botMessage(channelId: string, id: string, content: unknown, extra: Record<string, unknown> = {}) {
    return {
      id, channel_id: channelId, author: this.botUser, content: String(content ?? ''), timestamp: new Date().toISOString(), edited_timestamp: null,
      tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], components: [], pinned: false, type: 0, ...extra,
    };
  }

  private onGatewayConnection(socket: WebSocket & { identified?: boolean }) {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (payload.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (payload.op === 2) {
        socket.identified = true;
        socket.send(JSON.stringify({
          op: 0, t: 'READY', s: ++this.sequence,
          d: {
            v: 10, user: this.botUser, guilds: [], session_id: 'fake-session', resume_gateway_url: `${this.baseUrl.replace('http', 'ws')}/gateway`,
            shard: [0, 1], application: { id: this.applicationId, flags: 0 }, private_channels: [], presences: [], relationships: [], user_settings: {},
          },
        }));
      }
    });
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const attachment = /^\/attachments\/(\d+)\//.exec(url.pathname);
    if (attachment) return this.attachments.has(attachment[1]!) ? { status: 200, body: this.attachments.get(attachment[1]!)! } : { status: 404, body: { message: 'Unknown' } };
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const { body, files } = await readBody(req);
    const call: DiscordCall = { method: req.method ?? 'GET', path, body, files };
    this.calls.push(call);
    this.onCall?.(call);
    const isInteraction = path.startsWith('/interactions/') || path.startsWith('/webhooks/');
    if (!isInteraction && req.headers.authorization !== `Bot ${this.token}`) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    if (this.rateLimitedPosts > 0 && call.method === 'POST' && /^\/channels\/\d+\/messages$/.test(path)) {
      this.rateLimitedPosts--;
      call.status = 429;
      return { status: 429, body: { message: 'You are being rate limited.', retry_after: 1, global: false }, headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' } };
    }
    const answer = this.route(req.method ?? 'GET', path, body);
    call.responseId = (answer.body as { id?: string } | undefined)?.id;
    call.status = answer.status;
    return answer;
  }

  private route(method: string, path: string, body: Record<string, unknown>): { status: number; body: unknown } {
    if (method === 'GET' && path === '/gateway/bot') {
      return { status: 200, body: { url: `${this.baseUrl.replace('http', 'ws')}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } } };
    }
    if (method === 'GET' && path === '/users/@me') return { status: 200, body: this.botUser };
    if (method === 'PUT' && /^\/applications\/\d+\/commands$/.test(path)) {
      return { status: 200, body: (body as unknown as Array<Record<string, unknown>>).map((c) => ({ ...c, id: this.snowflake(), application_id: this.applicationId, version: '1' })) };
    }
    const channel = /^\/channels\/(\d+)$/.exec(path);
    if (channel && method === 'GET') return { status: 200, body: { id: channel[1], type: 1, last_message_id: null, recipients: [this.user('777')] } };
    const channelMessages = /^\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path);
    if (channelMessages && method === 'POST') return { status: 200, body: this.botMessage(channelMessages[1]!, this.snowflake(), body.content, { components: body.components ?? [] }) };
    if (channelMessages && method === 'PATCH') return { status: 200, body: this.botMessage(channelMessages[1]!, channelMessages[2]!, body.content, { components: body.components ?? [] }) };
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return { status: 204, body: undefined };
    const original = /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/.exec(path);
    if (original && method === 'DELETE') return { status: 204, body: undefined };
    if (original && method === 'PATCH') return { status: 200, body: this.botMessage('0', this.snowflake(), body.content, { components: body.components ?? [] }) };
    return { status: 404, body: { message: `Unknown route ${method} ${path}`, code: 0 } };
  }
}

/** JSON, or multipart (files plus a payload_json part) when discord.js uploads files. */
async function readBody(req: IncomingMessage): Promise<{ body: Record<string, unknown>; files: string[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('latin1');
  if (!text) return { body: {}, files: [] };
  if (text.startsWith('{') || text.startsWith('[')) return { body: JSON.parse(Buffer.from(text, 'latin1').toString('utf8')), files: [] };
  const json = /name="payload_json"[^]*?\r\n\r\n([^]*?)\r\n--/.exec(text)?.[1];
  const files = [...text.matchAll(/name="files\[\d+\]"; filename="([^"]+)"/g)].map((m) => m[1]!);
  return { body: json ? JSON.parse(Buffer.from(json, 'latin1').toString('utf8')) : {}, files };
}

// Slack through Bolt: signed HTTP events (or Socket Mode) become neutral events; outgoing
// messages become Block Kit with mrkdwn and buttons, edited in place with chat.update.
import { App, ExpressReceiver, LogLevel, SocketModeReceiver, type Logger as BoltLogger } from '@slack/bolt';
import { randomUUID } from 'node:crypto';
import express, { type Router } from 'express';
import type { Config } from '../../core/config.ts';
import { AppError } from '../../core/errors.ts';
import type { Adapter, EventHandler } from '../../core/model/adapter.ts';
import type { Attachment, Author } from '../../core/model/message.ts';
import { makeThreadId, parseThreadId } from '../../core/model/thread-id.ts';
import type { Logger } from '../../core/ports/logger.ts';
import { downloadWithLimit } from '../shared/download.ts';
import { decodeButton, toBlocks, toMrkdwn } from './format.ts';

export interface SlackAdapterOptions {
  config: NonNullable<Config['slack']>;
  logger: Logger;
  /** Reads an outgoing file's bytes from the FileStore. */
  readFile(fileKey: string): Promise<Buffer>;
}

export interface SlackAdapter extends Adapter {
  /** POST /slack/events in HTTP mode (none in Socket Mode), mounted by the HTTP server. */
  routes: Router[];
}

type RespondFn = (message: Record<string, unknown>) => Promise<unknown>;

/** A response_url works for 30 minutes. */
const responseUrlTtlMs = 29 * 60_000;

interface SlackFile {
  id: string;
  name?: string;
  mimetype?: string;
  /** "webm", "m4a"…: what a clip's mime type cannot be told from. */
  filetype?: string;
  /** "slack_audio" for an audio clip recorded in Slack. */
  subtype?: string;
  size?: number;
  url_private_download?: string;
}

/** An audio clip may be stored as video/webm or video/mp4 (a clip can hold video): it is audio here. */
function mimeTypeOf(file: SlackFile): string {
  const stated = file.mimetype ?? 'application/octet-stream';
  if (file.subtype !== 'slack_audio' || stated.startsWith('audio/')) return stated;
  return file.filetype === 'm4a' || file.filetype === 'mp4' ? 'audio/mp4' : `audio/${file.filetype ?? 'webm'}`;
}

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { config, logger } = options;
  const socketMode = Boolean(config.appToken);
  const httpReceiver = socketMode
    ? undefined
    : new ExpressReceiver({ signingSecret: config.signingSecret!, endpoints: '/slack/events', logger: boltLogger(logger) });
  // Built here rather than by Bolt so apps.connections.open also goes to SLACK_API_URL.
  const socketReceiver = socketMode
    ? new SocketModeReceiver({ appToken: config.appToken!, logger: boltLogger(logger), installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } } })
    : undefined;
  const app = new App({
    token: config.botToken,
    receiver: httpReceiver ?? socketReceiver,
    // A few quick retries (429s included) and a timeout, instead of the SDK's half-hour default,
    // so one stuck call never holds a chat's queue for long.
    clientOptions: { slackApiUrl: config.apiUrl, retryConfig: { retries: 3, maxTimeout: 5000 }, timeout: 15_000 },
    logger: boltLogger(logger),
    // auth.test runs in start(), where a bad token becomes one clear sentence.
    deferInitialization: true,
  });
  let handler: EventHandler | undefined;

  // A failing listener is logged; Slack already has its ack, and the process goes on.
  app.error(async (error) => logger.error({ err: error }, 'slack event failed'));

  /** Files arrive as references; the bytes are fetched with the bot token only when needed. */
  function attachmentOf(file: SlackFile): Attachment {
    const name = file.name ?? (file.subtype === 'slack_audio' ? `audio clip.${file.filetype ?? 'webm'}` : 'file');
    return {
      name,
      mimeType: mimeTypeOf(file),
      size: file.size,
      async fetch(maxBytes) {
        if (!file.url_private_download) throw new Error('Slack gave no download URL');
        return downloadWithLimit(file.url_private_download, name, maxBytes, { Authorization: `Bearer ${config.botToken}` });
      },
    };
  }

  // Direct messages (message.im), including files shared in them.
  app.message(async ({ message, context }) => {
    const m = message as {
      channel: string;
      channel_type?: string;
      user?: string;
      text?: string;
      ts: string;
      subtype?: string;
      files?: SlackFile[];
      bot_id?: string;
    };
    if (m.channel_type !== 'im' || !m.user || m.bot_id || (m.subtype && m.subtype !== 'file_share')) return;
    const author = await authorOf(m.user, context.teamId);
    void handler?.({
      kind: 'message',
      id: m.ts,
      platform: 'slack',
      threadId: makeThreadId('slack', m.channel),
      text: m.text ?? '',
      author,
      attachments: (m.files ?? []).map(attachmentOf),
      raw: message,
    });
  });

  // A mention in a channel starts (or continues) a thread there.
  app.event('app_mention', async ({ event, context }) => {
    if (!event.user) return;
    const author = await authorOf(event.user, context.teamId);
    void handler?.({
      kind: 'message',
      id: event.ts,
      platform: 'slack',
      threadId: makeThreadId('slack', event.channel, event.thread_ts ?? event.ts),
      text: event.text.replace(/<@[A-Z0-9]+>\s*/g, '').trim(),
      author,
      attachments: [],
      shared: true,
      raw: event,
    });
  });

  // Every slash command of the manifest: acknowledged at once, answered in the channel.
  /**
   * Slash commands used outside a DM with the bot are answered privately through their
   * response_url (the bot may not be in that channel, and a resume is nobody else's business).
   * Oldest first per channel, as the core answers a channel's events in order; a command's
   * responder is dropped once the core has handled it.
   */
  const responders = new Map<string, RespondFn[]>();
  /** Private answers, replaced in place through the same response_url when edited. */
  const privateReplies = new Map<string, { respond: RespondFn; at: number }>();

  app.command(/.*/, async ({ command, ack, respond }) => {
    await ack();
    const threadId = makeThreadId('slack', command.channel_id);
    const inDm = command.channel_id.startsWith('D');
    if (!inDm) responders.set(threadId, [...(responders.get(threadId) ?? []), respond]);
    const settle = () => {
      const rest = (responders.get(threadId) ?? []).filter((r) => r !== respond);
      if (rest.length > 0) responders.set(threadId, rest);
      else responders.delete(threadId);
    };
    const handled = handler?.({
      kind: 'message',
      id: command.trigger_id,
      platform: 'slack',
      threadId: makeThreadId('slack', command.channel_id),
      text: `${command.command} ${command.text}`.trim(),
      author: { userId: command.user_id, userName: command.user_name, isBot: false, workspaceId: command.team_id },
      attachments: [],
      raw: command,
    });
    void Promise.resolve(handled).finally(settle);
  });

  app.action(/^intervai_/, async ({ ack, body, action }) => {
    await ack();
    const b = body as {
      user: { id: string; name?: string };
      team?: { id: string } | null;
      channel?: { id: string };
      container?: { thread_ts?: string };
      trigger_id?: string;
    };
    const a = action as { value?: string; action_ts?: string };
    if (!b.channel) return;
    const { actionId, value } = decodeButton(a.value);
    void handler?.({
      kind: 'action',
      id: `act-${a.action_ts ?? b.trigger_id}`,
      platform: 'slack',
      threadId: makeThreadId('slack', b.channel.id, b.container?.thread_ts ?? ''),
      author: { userId: b.user.id, userName: b.user.name ?? b.user.id, isBot: false, workspaceId: b.team?.id ?? '' },
      actionId,
      value,
      shared: !b.channel.id.startsWith('D'),
      raw: body,
    });
  });

  /** Display names come from users.info, once per user and process. */
  const names = new Map<string, string>();
  async function authorOf(userId: string, teamId: string | undefined): Promise<Author> {
    if (!names.has(userId)) {
      const info = await app.client.users.info({ user: userId }).catch(() => undefined);
      const profile = info?.user?.profile;
      names.set(userId, profile?.display_name || profile?.real_name || info?.user?.name || userId);
    }
    return { userId, userName: names.get(userId)!, isBot: false, workspaceId: teamId ?? '' };
  }

  function slackPlace(threadId: string) {
    const { channel, thread } = parseThreadId(threadId);
    return { channel, threadTs: thread || undefined };
  }

  return {
    platform: 'slack',
    routes: httpReceiver
      ? [
          express
            .Router()
            // Before start and after stop nothing would handle the event: 503 makes Slack retry it.
            .use('/slack/events', (_req, res, next) => (handler ? next() : void res.status(503).end()))
            .use(httpReceiver.router),
        ]
      : [],

    async start(h) {
      handler = h;
      try {
        await app.init();
        if (socketMode) await app.start();
      } catch (error) {
        throw new AppError(
          'slack_start',
          `Slack did not accept the app's credentials or is not reachable at SLACK_API_URL (${config.apiUrl}). Check SLACK_BOT_TOKEN${socketMode ? ' and SLACK_APP_TOKEN' : ''}, or unset them to run without Slack.`,
          { cause: error },
        );
      }
      logger.info({ mode: socketMode ? 'socket' : 'http' }, 'slack connected');
    },

    async send(threadId, message) {
      // Every reply while the command is handled goes to the same private place (up to the five
      // answers a response_url takes).
      const respond = responders.get(threadId)?.[0];
      if (respond) {
        await respond({ response_type: 'ephemeral', text: toMrkdwn(message.text), blocks: toBlocks(message.text, message.buttons) as never });
        const id = `private:${randomUUID()}`;
        for (const [key, entry] of privateReplies) if (Date.now() - entry.at > responseUrlTtlMs) privateReplies.delete(key);
        privateReplies.set(id, { respond, at: Date.now() });
        return id;
      }
      const { channel, threadTs } = slackPlace(threadId);
      const sent = await app.client.chat.postMessage({
        channel,
        thread_ts: threadTs,
        text: toMrkdwn(message.text),
        blocks: toBlocks(message.text, message.buttons) as never,
        unfurl_links: false,
      });
      for (const file of message.files ?? []) {
        const bytes = await options.readFile(file.fileKey);
        await app.client.files.uploadV2(
          threadTs ? { channel_id: channel, thread_ts: threadTs, file: bytes, filename: file.name } : { channel_id: channel, file: bytes, filename: file.name },
        );
      }
      return String(sent.ts);
    },

    async edit(threadId, platformMessageId, message) {
      const reply = privateReplies.get(platformMessageId);
      if (reply) {
        await reply.respond({ replace_original: true, text: toMrkdwn(message.text), blocks: toBlocks(message.text, message.buttons) as never });
        return;
      }
      const { channel } = slackPlace(threadId);
      await app.client.chat.update({
        channel,
        ts: platformMessageId,
        text: toMrkdwn(message.text),
        blocks: toBlocks(message.text, message.buttons) as never,
      });
    },

    async stop() {
      handler = undefined;
      if (socketMode) await app.stop().catch(() => {});
    },
  };
}

/** Bolt's log lines go to our logger. */
function boltLogger(logger: Logger): BoltLogger {
  const line = (msg: unknown[]) => ({ slack: msg.map(String).join(' ') });
  return {
    debug: (...msg: unknown[]) => logger.debug(line(msg)),
    info: (...msg: unknown[]) => logger.debug(line(msg)),
    warn: (...msg: unknown[]) => logger.warn(line(msg)),
    error: (...msg: unknown[]) => logger.error(line(msg)),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}

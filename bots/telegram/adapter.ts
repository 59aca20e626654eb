// Telegram through grammY: updates (long polling or a verified webhook) become neutral events;
// outgoing messages become HTML messages with inline keyboards, edited in place at most about
// once a second per chat.
import express, { type Router } from 'express';
import { Bot, GrammyError, HttpError, InlineKeyboard, InputFile, webhookCallback, type Context } from 'grammy';
import type { Message } from 'grammy/types';
import type { Config } from '../../core/config.ts';
import { AppError } from '../../core/errors.ts';
import type { Adapter, EventHandler } from '../../core/model/adapter.ts';
import type { Attachment, Author, Button, OutgoingMessage } from '../../core/model/message.ts';
import { makeThreadId, parseThreadId } from '../../core/model/thread-id.ts';
import type { Logger } from '../../core/ports/logger.ts';
import { downloadWithLimit } from '../shared/download.ts';
import { splitOnce } from '../shared/split-once.ts';
import { createEditThrottle } from '../shared/edit-throttle.ts';
import { splitForTelegram, telegramTextLimit } from './format.ts';
import { honourRetryAfter } from './retry-after.ts';

export interface TelegramAdapterOptions {
  config: NonNullable<Config['telegram']>;
  logger: Logger;
  /** Reads an outgoing file's bytes from the FileStore. */
  readFile(fileKey: string): Promise<Buffer>;
  /** Registered with setMyCommands so they show in Telegram's menu. */
  commands: Array<{ command: string; description: string }>;
  minEditIntervalMs?: number;
  /** Show "typing…" when no reply has come this long after a message. */
  typingAfterMs?: number;
}

export interface TelegramAdapter extends Adapter {
  /** The webhook endpoint (webhook mode), mounted by the HTTP server. */
  routes: Router;
}

const allowedUpdates = ['message', 'callback_query'] as const;

export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { config, logger } = options;
  const bot = new Bot(config.token, { client: { apiRoot: config.apiRoot } });
  bot.api.config.use(honourRetryAfter());
  const throttle = createEditThrottle(options.minEditIntervalMs ?? 1000);
  const typingAfterMs = options.typingAfterMs ?? 700;
  /** Pending "typing…" per chat, cancelled by the first reply. */
  const typingTimers = new Map<string, NodeJS.Timeout>();
  let handler: EventHandler | undefined;

  // A failing update is logged; it never stops polling or the process.
  bot.catch((error) => logger.error({ err: error.error, updateId: error.ctx.update.update_id }, 'telegram update failed'));

  bot.on('callback_query:data', async (ctx) => {
    await ctx.answerCallbackQuery().catch(() => {}); // stops the button's spinner at once
    const chat = ctx.chat;
    if (!chat || !handler) return;
    const [actionId, value] = splitOnce(ctx.callbackQuery.data, ':');
    void handler({
      kind: 'action',
      id: `cb-${ctx.callbackQuery.id}`,
      platform: 'telegram',
      threadId: threadIdOf(chat.id, ctx.callbackQuery.message?.message_thread_id),
      author: authorOf(ctx),
      actionId,
      value,
      shared: chat.type !== 'private',
      raw: ctx.update,
    });
  });

  bot.on(['message:text', 'message:document', 'message:photo', 'message:voice', 'message:audio'], async (ctx) => {
    const message = ctx.message;
    // In groups only commands are for the bot; the rest is people talking to each other.
    if (ctx.chat.type !== 'private' && !message.text?.startsWith('/')) return;
    if (!handler) return;
    const threadId = threadIdOf(ctx.chat.id, message.message_thread_id);
    // "typing…" only when the answer is not there at once: no flicker, no extra call per message.
    const typing = setTimeout(() => void ctx.replyWithChatAction('typing').catch(() => {}), typingAfterMs);
    typingTimers.set(threadId, typing);
    const stopTyping = () => {
      clearTimeout(typing);
      if (typingTimers.get(threadId) === typing) typingTimers.delete(threadId);
    };
    // Not awaited: the core orders a chat's events itself, and other chats must not wait.
    void handler({
      kind: 'message',
      id: String(message.message_id),
      platform: 'telegram',
      threadId,
      text: message.text ?? message.caption ?? '',
      author: authorOf(ctx),
      attachments: attachmentsOf(message),
      shared: ctx.chat.type !== 'private',
      raw: ctx.update,
    }).finally(stopTyping);
  });

  function attachmentsOf(message: Message): Attachment[] {
    if (message.document) {
      const doc = message.document;
      return [fileAttachment(doc.file_id, doc.file_name ?? 'document', doc.mime_type ?? 'application/octet-stream', doc.file_size)];
    }
    // A voice message is OGG/Opus; an audio file (a recording shared as music) says its own type.
    if (message.voice) return [fileAttachment(message.voice.file_id, 'voice.ogg', message.voice.mime_type ?? 'audio/ogg', message.voice.file_size)];
    if (message.audio) {
      const audio = message.audio;
      return [fileAttachment(audio.file_id, audio.file_name ?? 'audio.mp3', audio.mime_type ?? 'audio/mpeg', audio.file_size)];
    }
    if (message.photo?.length) {
      const largest = message.photo[message.photo.length - 1]!;
      return [fileAttachment(largest.file_id, 'photo.jpg', 'image/jpeg', largest.file_size)];
    }
    return [];
  }

  /** Nothing is downloaded until the core asks: getFile, then the file URL on the API root. */
  function fileAttachment(fileId: string, name: string, mimeType: string, size: number | undefined): Attachment {
    return {
      name,
      mimeType,
      size,
      async fetch(maxBytes) {
        const file = await bot.api.getFile(fileId);
        if (!file.file_path) throw new Error('Telegram gave no file path');
        return downloadWithLimit(`${config.apiRoot}/file/bot${config.token}/${file.file_path}`, name, maxBytes);
      },
    };
  }

  let stopped = false;
  let restartTimer: NodeJS.Timeout | undefined;
  /** Why polling is down right now, for /healthz; undefined while it runs. */
  let pollingProblem: string | undefined;

  /** Polls; if Telegram ends it (409 while another instance polls, a revoked token), retries with backoff. */
  function startPolling(failures: number) {
    pollingProblem = undefined;
    void bot.start({ allowed_updates: [...allowedUpdates], drop_pending_updates: false }).catch((error) => {
      if (stopped) return;
      const delayMs = Math.min(60_000, 2000 * 2 ** failures);
      pollingProblem = `polling stopped (${error instanceof GrammyError ? error.error_code : 'network'}); retrying`;
      logger.error({ err: error, retryInMs: delayMs }, 'telegram polling stopped; retrying');
      restartTimer = setTimeout(() => startPolling(failures + 1), delayMs);
    });
  }

  const routes = express.Router();
  if (config.webhook) {
    // grammY answers 401 when X-Telegram-Bot-Api-Secret-Token is wrong, before any handling.
    routes.post(
      '/telegram/webhook',
      // Before start and after stop nothing would handle the update: 503 makes Telegram resend it.
      (_req, res, next) => (handler ? next() : void res.status(503).end()),
      express.json({ limit: '1mb' }),
      webhookCallback(bot, 'express', { secretToken: config.webhook.secret, onTimeout: 'return' }),
    );
  }

  return {
    platform: 'telegram',
    routes,

    async start(h) {
      handler = h;
      try {
        // getMe once, with a time limit: grammY's own init() would retry an unreachable API forever.
        bot.botInfo = await bot.api.getMe(AbortSignal.timeout(10_000) as Parameters<typeof bot.api.getMe>[0]);
      } catch (error) {
        throw startupError(error, config.apiRoot);
      }
      await bot.api.setMyCommands(options.commands);
      if (config.webhook) {
        await bot.api.setWebhook(config.webhook.url, { secret_token: config.webhook.secret, allowed_updates: [...allowedUpdates] });
      } else {
        startPolling(0);
      }
      logger.info({ bot: bot.botInfo.username, mode: config.mode }, 'telegram connected');
    },

    async send(threadId, message) {
      clearTimeout(typingTimers.get(threadId));
      typingTimers.delete(threadId);
      const { chatId, topicId } = telegramPlace(threadId);
      const parts = splitForTelegram(message.text);
      let lastId = 0;
      for (const [index, html] of parts.entries()) {
        const isLast = index === parts.length - 1;
        const sent = await bot.api.sendMessage(chatId, html, {
          parse_mode: 'HTML',
          message_thread_id: topicId,
          link_preview_options: { is_disabled: true },
          reply_markup: isLast && message.buttons?.length ? keyboardOf(message.buttons) : undefined,
        });
        lastId = sent.message_id;
      }
      for (const file of message.files ?? []) {
        const input = new InputFile(await options.readFile(file.fileKey), file.name);
        // Images (a report's chart) show inline as photos; everything else is a document.
        if (file.mimeType.startsWith('image/')) await bot.api.sendPhoto(chatId, input, { message_thread_id: topicId });
        else await bot.api.sendDocument(chatId, input, { message_thread_id: topicId });
      }
      return String(lastId);
    },

    async edit(threadId, platformMessageId, message) {
      const { chatId } = telegramPlace(threadId);
      // An edited message stays one message: its text is kept within the limit.
      const html = splitForTelegram(message.text)[0]!.slice(0, telegramTextLimit);
      await throttle.edit(String(chatId), platformMessageId, async () => {
        try {
          await bot.api.editMessageText(chatId, Number(platformMessageId), html, {
            parse_mode: 'HTML',
            link_preview_options: { is_disabled: true },
            reply_markup: keyboardOf(message.buttons ?? []),
          });
        } catch (error) {
          // The same content again is harmless.
          if (error instanceof GrammyError && error.description.includes('message is not modified')) return;
          throw error;
        }
      });
    },

    health() {
      return pollingProblem ? { ok: false, detail: pollingProblem } : { ok: true };
    },

    async showTyping(threadId) {
      await bot.api.sendChatAction(telegramPlace(threadId).chatId, 'typing');
    },

    async stop() {
      handler = undefined;
      stopped = true;
      clearTimeout(restartTimer);
      if (bot.isRunning()) await bot.stop();
    },
  };
}

function threadIdOf(chatId: number, topicId: number | undefined): string {
  return makeThreadId('telegram', String(chatId), topicId ? String(topicId) : '');
}

function telegramPlace(threadId: string): { chatId: number; topicId?: number } {
  const { channel, thread } = parseThreadId(threadId);
  return { chatId: Number(channel), topicId: thread ? Number(thread) : undefined };
}

function authorOf(ctx: Context): Author {
  const from = ctx.from!;
  return {
    userId: String(from.id),
    userName: [from.first_name, from.last_name].filter(Boolean).join(' '),
    isBot: from.is_bot,
    workspaceId: '',
    locale: from.language_code,
  };
}

/** Two buttons a row; callback data is "actionId:value" within Telegram's 64 bytes. */
function keyboardOf(buttons: Button[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  buttons.forEach((button, index) => {
    keyboard.text(button.label, `${button.actionId}:${button.value}`.slice(0, 64));
    if (index % 2 === 1) keyboard.row();
  });
  return keyboard;
}

function startupError(error: unknown, apiRoot: string): AppError {
  if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
    return new AppError('telegram_token', 'Telegram did not accept TELEGRAM_BOT_TOKEN. Copy the token again from @BotFather, or unset it to run without Telegram.', { cause: error });
  }
  const reason = error instanceof HttpError ? 'is not reachable' : 'answered with an error';
  return new AppError('telegram_unreachable', `The Telegram Bot API at TELEGRAM_API_ROOT (${apiRoot}) ${reason}. Check the address and the network, or unset TELEGRAM_BOT_TOKEN.`, { cause: error });
}

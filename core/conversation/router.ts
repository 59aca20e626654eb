// The conversation router: every incoming event from every adapter lands here. It identifies
// the user, records the message once, and sends it to a command, an upload or the active flow.
import { AppError, userMessageOf } from '../errors.ts';
import type { EventHandler } from '../model/adapter.ts';
import type { Author, IncomingEvent, Platform } from '../model/message.ts';
import type { DuplicateFilter, RateLimiter } from '../ports/event-guards.ts';
import type { Logger } from '../ports/logger.ts';
import type { Conversation, Store } from '../ports/store.ts';
import { parseCommand, plannedCommands } from './commands.ts';
import { createKeyedSerializer } from './keyed-serializer.ts';
import type { ConversationRef, Outbox } from './outbox.ts';
import { receiveUpload, type UploadDeps } from './receive-upload.ts';
import * as replies from './replies.ts';

export interface RouterDeps extends UploadDeps {
  aiConfigured: boolean;
  rateLimiter: RateLimiter;
  /** With Redis: drops redelivered events before any database work. */
  duplicates?: DuplicateFilter;
}

export function createRouter(deps: RouterDeps): EventHandler {
  const { store, outbox, logger } = deps;
  const serial = createKeyedSerializer();

  /** The guards live in Redis; while it is down, events go through (the database still drops duplicates). */
  async function guard<T>(check: () => Promise<T | undefined> | undefined, whenUnavailable: T): Promise<T> {
    try {
      return (await check()) ?? whenUnavailable;
    } catch (error) {
      logger.warn({ err: error }, 'event guard unavailable; letting the event through');
      return whenUnavailable;
    }
  }

  async function handle(event: IncomingEvent): Promise<void> {
    if (event.author.isBot) return;
    if (!(await guard(() => deps.duplicates?.firstTime(`${event.threadId}:${event.id}`), true))) return;
    // Flood control comes before any database work; a flood gets one "slow down", not one each.
    const rate = await guard(() => deps.rateLimiter.take(`${event.platform}:${event.author.workspaceId}:${event.author.userId}`), { allowed: true, firstRefusal: false });
    if (!rate.allowed && !rate.firstRefusal) return;
    const account = accountOf(event.platform, event.author);
    if (!rate.allowed) {
      const conversation = await store.conversations.open(event.threadId, account);
      return void (await outbox.send({ conversationId: conversation.id, threadId: event.threadId }, replies.slowDown));
    }
    const text = event.kind === 'message' ? event.text.trim() : event.value;
    const extra =
      event.kind === 'message'
        ? { attachments: event.attachments.map((a) => ({ name: a.name, mimeType: a.mimeType, size: a.size })) }
        : { action: event.actionId };
    // Platforms redeliver events; a message id seen before is not handled again.
    const { conversation, firstTime } = await store.conversations.receive(event.threadId, account, event.id, text, extra);
    if (!firstTime) return;
    const to: ConversationRef = { conversationId: conversation.id, threadId: event.threadId };
    try {
      await dispatch(event, text, conversation, to);
    } catch (error) {
      // Expected problems (a too-large file…) are the user's to fix: no stack in the log.
      if (error instanceof AppError) logger.info({ code: error.code, threadId: event.threadId }, 'event refused');
      else logger.error({ err: error, threadId: event.threadId }, 'event handling failed');
      await outbox.send(to, { text: userMessageOf(error) });
    }
  }

  async function dispatch(event: IncomingEvent, text: string, conversation: Conversation, to: ConversationRef) {
    const welcome = () => outbox.send(to, replies.welcome(firstName(event.author.userName), deps.aiConfigured));
    const command = parseCommand(text);
    // Whatever a new user does first, they meet the bot before the answer.
    if (conversation.isNewUser && command?.name !== 'start') await welcome();

    if (event.kind === 'action') {
      if (event.actionId === 'upload-resume') return void (await outbox.send(to, replies.uploadInstructions));
      if (event.actionId !== 'command') return void (await outbox.send(to, replies.unknownCommand('that button')));
    } else if (event.attachments.length > 0) {
      for (const attachment of event.attachments) await receiveUpload(deps, to, conversation.userId, attachment);
      return;
    } else if (text === '') {
      return void (await outbox.send(to, replies.emptyMessage));
    }

    if (!command) return void (await outbox.send(to, replies.freeTextWithoutFlow));
    if (command.name === 'start') return void (await welcome());
    if (command.name === 'help') return void (await outbox.send(to, replies.help()));
    const planned = plannedCommands.find((c) => c.name === command.name);
    if (planned) return void (await outbox.send(to, replies.comingSoon(`/${planned.name}`, planned.summary)));
    await outbox.send(to, replies.unknownCommand(`/${command.name}`));
  }

  // Events of one chat are handled in order; different chats run concurrently. When even the
  // database is unreachable there is no way to reply, so the failure is logged.
  return (event) =>
    serial.run(event.threadId, () => handle(event)).catch((error) => {
      logger.error({ err: error, threadId: event.threadId }, 'event could not be handled');
    });
}

function accountOf(platform: Platform, author: Author) {
  return { platform, workspaceId: author.workspaceId, platformUserId: author.userId, displayName: author.userName };
}

function firstName(userName: string): string {
  return userName.trim().split(/\s+/)[0] || 'there';
}

// Discord through discord.js: gateway messages (DMs, mentions), slash commands and buttons
// become neutral events; outgoing messages become markdown with button rows, split under
// Discord's 2000 characters. A slash command is deferred at once and its reply is the first
// message the core sends to that channel.
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Partials,
  REST,
  Routes,
  type ChatInputCommandInteraction,
  type Message,
  type MessageCreateOptions,
  type User,
} from 'discord.js';
import type { Config } from '../../core/config.ts';
import { AppError } from '../../core/errors.ts';
import type { Adapter, EventHandler } from '../../core/model/adapter.ts';
import type { Attachment, Author, Button } from '../../core/model/message.ts';
import { makeThreadId, parseThreadId } from '../../core/model/thread-id.ts';
import type { Logger } from '../../core/ports/logger.ts';
import { downloadWithLimit } from '../shared/download.ts';
import { splitOnce } from '../shared/split-once.ts';
import { cutLine, packLines } from '../shared/pack-lines.ts';

export interface DiscordAdapterOptions {
  config: NonNullable<Config['discord']>;
  logger: Logger;
  readFile(fileKey: string): Promise<Buffer>;
  commands: DiscordCommand[];
}

const textLimit = 2000;
/** Interaction tokens live 15 minutes; a deferred reply must be used well within that. */
const deferredReplyTtlMs = 14 * 60_000;

export function createDiscordAdapter(options: DiscordAdapterOptions): Adapter {
  const { config, logger } = options;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
    // DMs arrive for channels discord.js has not cached.
    partials: [Partials.Channel],
    rest: { api: config.apiUrl },
    // What users write (names, file names) is echoed back: it must never ping @everyone.
    allowedMentions: { parse: [] },
  });
  let handler: EventHandler | undefined;
  /**
   * Slash commands deferred per channel, oldest first. The core handles a channel's events in
   * order, so the first reply it sends to the channel answers the oldest waiting command.
   */
  const deferred = new Map<string, Array<{ interaction: ChatInputCommandInteraction; at: number }>>();
  /** Replies sent through an interaction, edited through it too (until the token expires). */
  const interactionReplies = new Map<string, { interaction: ChatInputCommandInteraction; at: number }>();

  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));

  client.on(Events.MessageCreate, (message) => {
    if (message.author.bot || !handler) return;
    const isDm = !message.guildId;
    // In servers only mentions are for the bot.
    if (!isDm && !message.mentions.users.has(client.user!.id)) return;
    void handler({
      kind: 'message',
      id: message.id,
      platform: 'discord',
      threadId: makeThreadId('discord', message.channelId),
      text: message.content.replace(/<@!?\d+>\s*/g, '').trim(),
      author: authorOf(message.author, message.guildId),
      attachments: attachmentsOf(message),
      shared: !isDm,
      raw: message,
    });
  });

  client.on(Events.InteractionCreate, async (interaction) => {
    if (!handler || !interaction.channelId) return;
    const threadId = makeThreadId('discord', interaction.channelId);
    try {
      if (interaction.isChatInputCommand()) {
        await interaction.deferReply(); // Discord needs an answer within 3 s: "IntervAI is thinking…"
        const entry = { interaction, at: Date.now() };
        deferred.set(threadId, [...(deferred.get(threadId) ?? []), entry]);
        const args = interaction.options.data.map((o) => String(o.value ?? '')).join(' ');
        // Once the core is done with the command, a deferral it did not answer is removed, so
        // "thinking…" never lingers and never answers a later command.
        const settle = () => {
          const waiting = deferred.get(threadId) ?? [];
          if (!waiting.includes(entry)) return;
          deferred.set(threadId, waiting.filter((e) => e !== entry));
          void interaction.deleteReply().catch(() => {});
        };
        void handler({
          kind: 'message',
          id: interaction.id,
          platform: 'discord',
          threadId,
          text: `/${interaction.commandName} ${args}`.trim(),
          author: authorOf(interaction.user, interaction.guildId, interaction.locale),
          attachments: [],
          shared: !!interaction.guildId,
          raw: interaction,
        }).finally(settle);
      } else if (interaction.isButton()) {
        await interaction.deferUpdate(); // acknowledges the click without a new message
        const [actionId, value] = splitOnce(interaction.customId, ':');
        void handler({ kind: 'action', id: interaction.id, platform: 'discord', threadId, author: authorOf(interaction.user, interaction.guildId, interaction.locale), actionId, value, shared: !!interaction.guildId, raw: interaction });
      }
    } catch (error) {
      logger.error({ err: error }, 'discord interaction failed');
    }
  });

  function attachmentsOf(message: Message): Attachment[] {
    // A voice message (the IsVoiceMessage flag) is one OGG/Opus attachment, whatever type it states.
    const voice = message.flags.has(MessageFlags.IsVoiceMessage);
    return [...message.attachments.values()].map((a) => ({
      name: a.name,
      mimeType: voice && !a.contentType?.startsWith('audio/') ? 'audio/ogg' : (a.contentType ?? 'application/octet-stream'),
      size: a.size,
      fetch: (maxBytes) => downloadWithLimit(a.url, a.name, maxBytes),
    }));
  }

  function takeDeferred(threadId: string) {
    const waiting = (deferred.get(threadId) ?? []).filter((e) => Date.now() - e.at < deferredReplyTtlMs);
    const entry = waiting.shift();
    if (waiting.length > 0) deferred.set(threadId, waiting);
    else deferred.delete(threadId);
    return entry?.interaction;
  }

  function rememberInteractionReply(messageId: string, interaction: ChatInputCommandInteraction) {
    for (const [id, entry] of interactionReplies) if (Date.now() - entry.at >= deferredReplyTtlMs) interactionReplies.delete(id);
    interactionReplies.set(messageId, { interaction, at: Date.now() });
  }

  async function channelOf(threadId: string) {
    const id = parseThreadId(threadId).channel;
    // A cached partial DM channel can send as it is; fetch() would call the API for it every
    // time, and Discord allows a bot 50 calls a second in all.
    const channel = client.channels.cache.get(id) ?? (await client.channels.fetch(id));
    if (!channel?.isSendable()) throw new Error(`cannot send to Discord channel ${threadId}`);
    return channel;
  }

  return {
    platform: 'discord',

    async start(h) {
      handler = h;
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        await client.login(config.token);
        await ready;
      } catch (error) {
        throw new AppError(
          'discord_start',
          `Discord did not accept DISCORD_BOT_TOKEN or is not reachable at DISCORD_API_URL (${config.apiUrl}). Copy the bot token again from the Developer Portal, or unset it to run without Discord.`,
          { cause: error },
        );
      }
      if (config.registerCommands) await registerDiscordCommands({ ...config, applicationId: client.application!.id }, options.commands);
      logger.info({ bot: client.user?.username }, 'discord connected');
    },

    async send(threadId, message) {
      const parts = renderForDiscord(message.text);
      const interaction = takeDeferred(threadId);
      let lastId = '';
      for (const [index, part] of parts.entries()) {
        const payload = { ...part, components: index === parts.length - 1 ? rowsOf(message.buttons ?? []) : [] };
        if (index === 0 && interaction) {
          const reply = await interaction.editReply(payload);
          rememberInteractionReply(reply.id, interaction);
          lastId = reply.id;
        } else {
          lastId = (await (await channelOf(threadId)).send(payload as MessageCreateOptions)).id;
        }
      }
      for (const file of message.files ?? []) {
        const bytes = await options.readFile(file.fileKey);
        await (await channelOf(threadId)).send({ files: [new AttachmentBuilder(bytes, { name: file.name })] });
      }
      return lastId;
    },

    async edit(threadId, platformMessageId, message) {
      const payload = { ...renderForDiscord(message.text)[0]!, components: rowsOf(message.buttons ?? []) };
      const viaInteraction = interactionReplies.get(platformMessageId);
      if (viaInteraction && Date.now() - viaInteraction.at < deferredReplyTtlMs) {
        await viaInteraction.interaction.editReply(payload);
        return;
      }
      interactionReplies.delete(platformMessageId);
      const channel = await channelOf(threadId);
      if (!('messages' in channel)) throw new Error('channel has no messages');
      await channel.messages.edit(platformMessageId, payload);
    },

    async showTyping(threadId) {
      await (await channelOf(threadId)).sendTyping();
    },

    async stop() {
      handler = undefined;
      await client.destroy();
    },
  };
}

export interface DiscordCommand {
  name: string;
  description: string;
  argument?: { name: string; description: string };
}

/** Registers the slash commands globally (`npm run discord:register`, or at start when asked). */
export async function registerDiscordCommands(
  config: { token: string; apiUrl: string; applicationId?: string },
  commands: DiscordCommand[],
): Promise<number> {
  if (!config.applicationId) throw new AppError('discord_app_id', 'Set DISCORD_APPLICATION_ID (General Information in the Developer Portal) to register commands.');
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  try {
    // An argument becomes an optional string option (type 3); the adapter joins options back into the text.
    const body = commands.map((c) => ({
      name: c.name,
      description: c.description.slice(0, 100),
      type: 1,
      options: c.argument ? [{ type: 3, name: c.argument.name, description: c.argument.description.slice(0, 100), required: false }] : [],
    }));
    const registered = (await rest.put(Routes.applicationCommands(config.applicationId), { body })) as unknown[];
    return registered.length;
  } catch (error) {
    const detail = error instanceof DiscordAPIError ? ` (${error.status}: ${error.message})` : '';
    throw new AppError('discord_register', `Discord refused the command registration${detail}. Check DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID.`, { cause: error });
  }
}

/** `locale`: the user's client language, which Discord sends with interactions only. */
function authorOf(user: User, guildId: string | null, locale?: string): Author {
  return { userId: user.id, userName: user.globalName ?? user.username, isBot: user.bot, workspaceId: guildId ?? '', locale };
}

/** Up to five buttons a row; custom ids are "actionId:value" within Discord's 100 characters. */
function rowsOf(buttons: Button[]): Array<ActionRowBuilder<ButtonBuilder>> {
  const rows: Array<ActionRowBuilder<ButtonBuilder>> = [];
  buttons.slice(0, 25).forEach((button, index) => {
    if (index % 5 === 0) rows.push(new ActionRowBuilder<ButtonBuilder>());
    rows.at(-1)!.addComponents(
      new ButtonBuilder()
        .setCustomId(`${button.actionId}:${button.value}`.slice(0, 100))
        .setLabel(button.label.slice(0, 80))
        .setStyle(button.style === 'primary' ? ButtonStyle.Primary : button.style === 'danger' ? ButtonStyle.Danger : ButtonStyle.Secondary),
    );
  });
  return rows;
}

/** Discord's limit for an embed's description. */
const embedLimit = 4096;

/**
 * A message that opens with a bold heading over several lines (a list, a report) reads better
 * as an embed with that title; anything else is plain markdown content. Each part is one
 * Discord message; content and embeds are both set so an edit can switch between them.
 */
export function renderForDiscord(markdown: string): Array<{ content: string; embeds: EmbedBuilder[] }> {
  const heading = /^\*\*([^*\n]{1,256})\*\*\n([\s\S]+)$/.exec(markdown);
  if (heading && heading[2]!.length <= embedLimit) {
    return [{ content: '', embeds: [new EmbedBuilder().setTitle(heading[1]!).setDescription(heading[2]!).setColor(0x2f6fed)] }];
  }
  return splitForDiscord(markdown).map((content) => ({ content, embeds: [] }));
}

/** Discord renders the core's markdown natively; long text is split at line breaks. */
export function splitForDiscord(markdown: string): string[] {
  return packLines(markdown.split('\n').flatMap((line) => (line.length <= textLimit ? [line] : cutLine(line, textLimit))), textLimit);
}

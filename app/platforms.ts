// The chat platforms this process connects to: the web playground always, and each platform
// whose token is configured.
// A platform's SDK is loaded only when its token is set: discord.js, Bolt and grammY together
// cost ~100 MB of memory that a process without them should not pay.
import type { Router } from 'express';
import { createWebAdapter } from '../bots/web/adapter.ts';
import type { Config } from '../core/config.ts';
import { availableCommands } from '../core/conversation/commands.ts';
import type { Adapter } from '../core/model/adapter.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Runtime } from './runtime.ts';

export interface Platforms {
  adapters: Adapter[];
  /** HTTP routes the adapters serve (playground, webhooks). */
  routes: Router[];
  /** Gives the adapters what they read from the runtime once it exists. */
  bind(runtime: Runtime): void;
}

/** The slash commands Discord shows: the commands that work today. */
export function discordCommands() {
  return availableCommands.map((c) => ({ name: c.name, description: c.summary, argument: c.argument }));
}

export async function createPlatforms(config: Config, logger: Logger): Promise<Platforms> {
  // Adapters read history and files through the runtime, which is built after them.
  let runtime: Runtime | undefined;
  const live = () => {
    if (!runtime) throw new Error('platforms used before the runtime was bound');
    return runtime;
  };

  const web = createWebAdapter({
    maxUploadBytes: config.uploads.maxBytes,
    loadHistory: (threadId, limit) => live().store.conversations.history(threadId, limit),
    readFile: (key) => live().files.get(key),
  });
  const adapters: Adapter[] = [web];
  const routes: Router[] = [web.routes];

  if (config.telegram) {
    const { createTelegramAdapter } = await import('../bots/telegram/adapter.ts');
    const telegram = createTelegramAdapter({
      config: config.telegram,
      logger: logger.child({ platform: 'telegram' }),
      readFile: (key) => live().files.get(key),
      // Telegram allows only a-z, 0-9 and _ in command names: /export-data is listed as /export_data.
      commands: availableCommands.map((c) => ({ command: c.name.replaceAll('-', '_'), description: c.summary })),
    });
    adapters.push(telegram);
    routes.push(telegram.routes);
  }

  if (config.slack) {
    const { createSlackAdapter } = await import('../bots/slack/adapter.ts');
    const slack = createSlackAdapter({
      config: config.slack,
      logger: logger.child({ platform: 'slack' }),
      readFile: (key) => live().files.get(key),
    });
    adapters.push(slack);
    routes.push(...slack.routes);
  }

  if (config.discord) {
    const { createDiscordAdapter } = await import('../bots/discord/adapter.ts');
    adapters.push(
      createDiscordAdapter({
        config: config.discord,
        logger: logger.child({ platform: 'discord' }),
        readFile: (key) => live().files.get(key),
        commands: discordCommands(),
      }),
    );
  }

  return {
    adapters,
    routes,
    bind(r) {
      runtime = r;
    },
  };
}

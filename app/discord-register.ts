// `npm run discord:register`: registers IntervAI's slash commands with Discord once.
import { registerDiscordCommands } from '../bots/discord/adapter.ts';
import { AppError } from '../core/errors.ts';
import { runEntryPoint } from './entry-point.ts';
import { discordCommands } from './platforms.ts';

await runEntryPoint('discord:register', async (config) => {
  if (!config.discord) throw new AppError('discord_token', 'Set DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID first.');
  const count = await registerDiscordCommands(config.discord, discordCommands());
  process.stdout.write(`Registered ${count} slash commands with Discord. They can take a minute to appear.\n`);
  return { stop: async () => {} };
});
process.exit(0);

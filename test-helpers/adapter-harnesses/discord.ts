import { createDiscordAdapter } from '../../bots/discord/adapter.ts';
import type { IncomingEvent } from '../../core/model/message.ts';
import { silentLogger } from '../../core/ports/logger.ts';
import { FakeDiscord } from '../fake-discord.ts';
import { eventArrived, readOutgoingFile, type ChatUnderTest } from './harness.ts';

const channelId = '4242';
const userId = '777';

export async function discordChat(): Promise<ChatUnderTest> {
  const fake = new FakeDiscord();
  await fake.start();
  const events: IncomingEvent[] = [];
  const adapter = createDiscordAdapter({
    config: { token: fake.token, apiUrl: fake.apiUrl, registerCommands: false },
    logger: silentLogger,
    readFile: readOutgoingFile,
    commands: [],
  });
  await adapter.start(async (e) => void events.push(e));
  const dispatch = async (extra: Record<string, unknown>, content = '') => {
    const before = events.length;
    fake.dispatch('MESSAGE_CREATE', fake.dmMessage(channelId, userId, content, extra));
    await eventArrived(events, before);
  };
  return {
    adapter,
    events,
    threadId: `discord:${channelId}:`,
    userId,
    userSays: (text) => dispatch({}, text),
    userSendsFile: (name, bytes) => dispatch({ attachments: [fake.attachment(name, bytes)] }),
    // A voice message: the IsVoiceMessage flag (1 << 13); the type is left out to check the flag is read.
    userSendsVoice: (bytes) => dispatch({ flags: 1 << 13, attachments: [{ ...fake.attachment('voice-message.ogg', bytes), content_type: undefined, duration_secs: 3 }] }),
    async userPresses(id, label) {
      const sent = fake.calls.find((c) => c.method === 'POST' && c.responseId === id);
      const rows = sent?.body.components as Array<{ components: Array<{ label: string; custom_id: string }> }>;
      const button = rows.flatMap((r) => r.components).find((b) => b.label === label)!;
      const before = events.length;
      fake.dispatch('INTERACTION_CREATE', fake.buttonPress(channelId, userId, button.custom_id, id));
      await eventArrived(events, before);
    },
    async shown(id) {
      const latest = fake.calls
        .filter((c) => (c.method === 'PATCH' && c.path.endsWith(`/messages/${id}`)) || (c.method === 'POST' && c.path === `/channels/${channelId}/messages` && c.responseId === id))
        .at(-1);
      const rows = (latest?.body.components as Array<{ components: Array<{ label: string }> }> | undefined) ?? [];
      return { text: String(latest?.body.content ?? ''), buttons: rows.flatMap((r) => r.components.map((b) => b.label)) };
    },
    filesSent: () => fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${channelId}/messages`).flatMap((c) => c.files),
    async stop() {
      await adapter.stop();
      await fake.stop();
    },
  };
}

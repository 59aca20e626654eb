import { createTelegramAdapter } from '../../bots/telegram/adapter.ts';
import type { IncomingEvent } from '../../core/model/message.ts';
import { silentLogger } from '../../core/ports/logger.ts';
import { FakeTelegram } from '../fake-telegram.ts';
import { eventArrived, readOutgoingFile, type ChatUnderTest } from './harness.ts';

const chatId = 4242;

export async function telegramChat(): Promise<ChatUnderTest> {
  const fake = new FakeTelegram();
  await fake.start();
  const events: IncomingEvent[] = [];
  const adapter = createTelegramAdapter({
    config: { token: fake.token, apiRoot: fake.apiRoot, mode: 'polling' },
    logger: silentLogger,
    readFile: readOutgoingFile,
    commands: [{ command: 'help', description: 'help' }],
    minEditIntervalMs: 0,
  });
  await adapter.start(async (e) => void events.push(e));
  const push = async (extra: Record<string, unknown>) => {
    const before = events.length;
    fake.pushUpdate(fake.userMessage(chatId, '', extra));
    await eventArrived(events, before);
  };
  return {
    adapter,
    events,
    threadId: `telegram:${chatId}:`,
    userId: String(chatId),
    userSays: (text) => push({ text }),
    userSendsFile: (name, bytes) => push({ text: undefined, document: fake.addDocument(name, bytes) }),
    userSendsVoice: (bytes) => push({ text: undefined, voice: fake.addVoice(bytes, 3) }),
    async userPresses(id, label) {
      const sent = fake.callsOf('sendMessage').find((c) => (c.response?.result as { message_id?: number } | undefined)?.message_id === Number(id));
      const keyboard = (sent?.params.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard;
      const button = keyboard.flat().find((b) => b.text === label)!;
      const before = events.length;
      fake.pushUpdate({
        callback_query: {
          id: `cq-${id}`, from: { id: chatId, is_bot: false, first_name: 'Alice' }, chat_instance: 'x', data: button.callback_data,
          message: { message_id: Number(id), date: 0, chat: { id: chatId, type: 'private' }, text: '' },
        },
      });
      await eventArrived(events, before);
    },
    async shown(id) {
      const touching = fake.calls.filter(
        (c) => (c.method === 'sendMessage' && (c.response?.result as { message_id?: number } | undefined)?.message_id === Number(id)) || (c.method === 'editMessageText' && Number(c.params.message_id) === Number(id)),
      );
      const latest = touching.at(-1);
      const keyboard = (latest?.params.reply_markup as { inline_keyboard?: Array<Array<{ text: string }>> } | undefined)?.inline_keyboard ?? [];
      return { text: String(latest?.params.text ?? ''), buttons: keyboard.flat().map((b) => b.text) };
    },
    filesSent: () => fake.callsOf('sendDocument').map((c) => (c.params.document as { fileName: string }).fileName),
    async stop() {
      await adapter.stop();
      await fake.stop();
    },
  };
}

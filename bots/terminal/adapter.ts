// `intervai chat`: the terminal as an adapter. Each input line is a message; a number picks a
// button of the last message; a file's path (what a terminal pastes when a file is dragged
// in) uploads that file.
import { randomUUID } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { FileTooLargeError } from '../../core/errors.ts';
import type { Adapter } from '../../core/model/adapter.ts';
import type { Attachment, Author, Button, IncomingEvent, OutgoingMessage } from '../../core/model/message.ts';
import { makeThreadId } from '../../core/model/thread-id.ts';

export interface TerminalAdapterOptions {
  input: Readable;
  output: Writable;
  userName: string;
  /** Shows a "> " prompt; off when input is piped. */
  interactive: boolean;
  /** Reads a file the bot sends (an export, a chart), to save it where the user is. */
  readFile(fileKey: string): Promise<Buffer>;
  /** Where sent files are saved: the current directory. */
  saveDir: string;
  /** Piped input: waits for queued work after each line, as a person would wait for the answer. */
  settle?: () => Promise<void>;
}

export interface TerminalAdapter extends Adapter {
  /** Resolves once input has ended and every line has been handled. */
  readonly inputEnded: Promise<void>;
  readonly threadId: string;
}

export function createTerminalAdapter(options: TerminalAdapterOptions): TerminalAdapter {
  const { input, output, userName, interactive } = options;
  const threadId = makeThreadId('terminal', userName);
  const author: Author = { userId: userName, userName, isBot: false, workspaceId: '' };
  let lastButtons: Button[] = [];
  let endInput: () => void = () => {};
  const inputEnded = new Promise<void>((resolve) => (endInput = resolve));
  let lines: ReturnType<typeof createInterface> | undefined;

  // When the reader goes away (`intervai chat | head`), the conversation ends quietly.
  let outputClosed = false;
  output.on('error', () => {
    outputClosed = true;
    lines?.close();
  });
  const print = (text: string) => void (outputClosed || output.write(`${text}\n`));
  const prompt = () => void (interactive && !outputClosed && output.write('> '));

  async function eventFor(line: string): Promise<IncomingEvent | undefined> {
    const base = { id: randomUUID(), platform: 'terminal' as const, threadId, author };
    const choice = /^\d+$/.test(line) ? lastButtons[Number(line) - 1] : undefined;
    if (choice?.actionId === 'upload-resume') {
      print('Type or paste the path of your resume file (PDF, DOCX, TXT/MD or JSON Resume).');
      return undefined;
    }
    if (choice) return { ...base, kind: 'action', actionId: choice.actionId, value: choice.value };
    const attachment = await fileAt(line);
    return { ...base, kind: 'message', text: attachment ? '' : line, attachments: attachment ? [attachment] : [] };
  }

  return {
    platform: 'terminal',
    threadId,
    inputEnded,
    async start(handler) {
      lines = createInterface({ input, terminal: false });
      prompt();
      void (async () => {
        for await (const raw of lines!) {
          const event = await eventFor(raw.trim());
          if (event) await handler(event);
          await options.settle?.();
          prompt();
        }
        endInput();
      })();
    },
    async send(_threadId, message) {
      print(`IntervAI: ${plain(message)}`);
      // A terminal has no download link: the file is saved where the user runs `intervai chat`.
      for (const file of message.files ?? []) {
        const target = join(options.saveDir, basename(file.name));
        await writeFile(target, await options.readFile(file.fileKey));
        print(`  📎 saved ${target}`);
      }
      return randomUUID();
    },
    async edit(_threadId, _id, message) {
      print(`IntervAI (update): ${plain(message)}`);
    },
    async stop() {
      lines?.close();
    },
  };

  /** Terminal text: markdown marks removed, buttons as numbered choices to type. */
  function plain(message: OutgoingMessage): string {
    const text = message.text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/(^|\W)_(.+?)_(?=\W|$)/g, '$1$2');
    if (message.buttons?.length) lastButtons = message.buttons;
    const choices = (message.buttons ?? []).map((b, i) => `[${i + 1}] ${b.label}`).join('  ');
    return choices ? `${text}\n  ${choices}  (type a number)` : text;
  }
}

/** A line naming an existing file (quoted or not, ~ for home) becomes an attachment. */
async function fileAt(line: string): Promise<Attachment | undefined> {
  const path = line.replace(/^(['"])(.*)\1$/, '$2').replace(/^~(?=\/)/, homedir());
  if (!path || !/[./\\]/.test(path)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const name = path.split(/[\\/]/).pop()!;
  return {
    name,
    mimeType: mimeTypeOf(name),
    size: info.size,
    async fetch(maxBytes) {
      if (info.size > maxBytes) throw new FileTooLargeError(name, info.size, maxBytes);
      return readFile(path);
    },
  };
}

function mimeTypeOf(name: string): string {
  const ext = name.toLowerCase().split('.').pop();
  const types: Record<string, string> = {
    pdf: 'application/pdf',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    txt: 'text/plain',
    md: 'text/markdown',
    json: 'application/json',
  };
  return types[ext ?? ''] ?? 'application/octet-stream';
}

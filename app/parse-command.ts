// `intervai parse FILE [--json]`: the worker's resume pipeline (same sandbox, same parser) on a
// local file. A bad file exits 1 with the same one-line reason the chat would give.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseConfig } from '../core/config.ts';
import { parseResume } from '../core/resume/parse-resume.ts';
import { fileLabel, summaryCard } from '../core/resume/resume-replies.ts';
import { FileTooLargeError } from '../core/errors.ts';
import { createExtractionSandbox } from '../core/resume/text/sandbox.ts';

export async function parseCommand(args: string[], env: Record<string, string | undefined>): Promise<number> {
  const json = args.includes('--json');
  const [path, ...extra] = args.filter((a) => a !== '--json');
  if (!path || extra.length > 0) {
    process.stderr.write('Usage: intervai parse FILE [--json]\n');
    return 2;
  }
  const name = basename(path);
  const size = await stat(path).then((s) => (s.isFile() ? s.size : undefined)).catch(() => undefined);
  if (size === undefined) {
    process.stderr.write(`intervai: ${path} is not a readable file. Check the path and that you can read it.\n`);
    return 1;
  }
  const { uploads } = parseConfig(env);
  if (size > uploads.maxBytes) {
    process.stderr.write(`intervai: ${new FileTooLargeError(name, size, uploads.maxBytes).userMessage}\n`);
    return 1;
  }
  const sandbox = createExtractionSandbox();
  try {
    const outcome = await parseResume(await readFile(path), name, { sandbox });
    if (!outcome.ok) {
      process.stderr.write(`intervai: ${outcome.message}\n`);
      return 1;
    }
    if (json) {
      process.stdout.write(`${JSON.stringify(outcome.resume, null, 2)}\n`);
    } else {
      const record = { version: 1, fileName: name };
      const card = summaryCard(record, outcome.resume, outcome.warnings, outcome.source, fileLabel(outcome.fileType, outcome.pages));
      // The chat's card without its first line (versions mean nothing here) and its markdown.
      process.stdout.write(`${card.text.split('\n').slice(1).join('\n').replace(/\*\*|_/g, '')}\n`);
    }
    return 0;
  } finally {
    await sandbox.close();
  }
}

// The `intervai` command. `intervai chat` talks to the same core as the bots, in this terminal.
import { userInfo } from 'node:os';
import { createTerminalAdapter } from '../bots/terminal/adapter.ts';
import { parseConfig, secretValues } from '../core/config.ts';
import { createInProcessQueue } from '../core/queue/in-process-queue.ts';
import { createLogger } from '../infra/logger.ts';
import { runEntryPoint } from './entry-point.ts';
import { matchCommand } from './match-command.ts';
import { adminCommand } from './admin-command.ts';
import { parseCommand } from './parse-command.ts';
import { createRuntime } from './runtime.ts';

const usage = `Usage: intervai <command>

Commands:
  chat                 talk to IntervAI in this terminal (type /help; paste a file's path to upload it)
  parse FILE [--json]  read a resume (PDF, DOCX, TXT/MD, JSON Resume); --json prints it as JSON Resume
  match RESUME JD [--json]
                       score a resume against a job description (a text, PDF or DOCX file)
  admin create EMAIL   add a web-admin account (the password is asked, or read from piped input)
  help                 this text

Configuration comes from the environment (see .env.example); with none set, the embedded
database in ./.data is used.`;

const [command] = process.argv.slice(2);

if (command === 'chat') {
  await runEntryPoint('intervai', async () => {
    // Logs go to stderr so stdout is only the conversation; quiet unless LOG_LEVEL says otherwise.
    const config = parseConfig({ LOG_LEVEL: 'warn', ...process.env });
    const userName = userInfo().username || 'you';
    // The adapter is made before the runtime it reads files from (as the platforms are).
    let runtime: Awaited<ReturnType<typeof createRuntime>> | undefined;
    const interactive = Boolean(process.stdin.isTTY);
    const terminal = createTerminalAdapter({
      input: process.stdin,
      output: process.stdout,
      userName,
      interactive,
      readFile: (key) => runtime!.files.get(key),
      saveDir: process.cwd(),
      settle: interactive ? undefined : () => runtime!.queue.waitUntilIdle(),
    });
    // The terminal runs its own jobs, so their replies come back to this terminal.
    runtime = await createRuntime(config, {
      role: 'all',
      logger: createLogger(config.logLevel, 'stderr', secretValues(config)),
      adapters: [terminal],
      queue: (store) => createInProcessQueue({ journal: store.jobJournal(`terminal:${userName}`) }),
    });
    await runtime.start();
    const started = runtime;
    void terminal.inputEnded.then(async () => {
      await started.queue.waitUntilIdle();
      await started.close();
      process.exit(0);
    });
    return { stop: () => started.close() };
  });
} else if (command === 'parse') {
  process.exitCode = await parseCommand(process.argv.slice(3), process.env);
} else if (command === 'match') {
  process.exitCode = await matchCommand(process.argv.slice(3));
} else if (command === 'admin') {
  process.exitCode = await adminCommand(process.argv.slice(3), process.env);
} else if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
  process.stdout.write(`${usage}\n`);
} else {
  process.stderr.write(`intervai: unknown command "${command}".\n\n${usage}\n`);
  process.exit(2);
}

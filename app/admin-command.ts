// `intervai admin create EMAIL`: the first (or another) web-admin account. The password is
// asked twice without echo in a terminal, or read from the first line of piped input
// (`printf '%s\n' "$PASS" | npx intervai admin create you@example.com`).
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { ConfigError, parseConfig } from '../core/config.ts';
import { AppError } from '../core/errors.ts';
import { openStore } from '../db/store.ts';
import { hashPassword } from '../web-admin/auth.ts';

const minLength = 12;

async function readPassword(): Promise<string | undefined> {
  if (!process.stdin.isTTY) {
    let piped = '';
    for await (const chunk of process.stdin) piped += chunk;
    return piped.split(/\r?\n/)[0];
  }
  // Typed characters are not echoed: the prompt is written, the rest is swallowed.
  let muted = false;
  const output = new Writable({ write: (chunk, _enc, done) => (muted || process.stdout.write(chunk), done()) });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const ask = async (prompt: string) => {
    process.stdout.write(prompt);
    muted = true;
    const answer = await rl.question('');
    muted = false;
    process.stdout.write('\n');
    return answer;
  };
  try {
    const first = await ask('Password: ');
    const again = await ask('Same password again: ');
    return first === again ? first : undefined;
  } finally {
    rl.close();
  }
}

export async function adminCommand(args: string[], env: Record<string, string | undefined>): Promise<number> {
  const [action, email] = args;
  if (action !== 'create' || !email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    process.stderr.write('Usage: intervai admin create EMAIL\n');
    return 2;
  }
  const password = await readPassword();
  if (password === undefined) {
    process.stderr.write('intervai: the two passwords differ. Run the command again.\n');
    return 1;
  }
  if (password.length < minLength) {
    process.stderr.write(`intervai: the password needs at least ${minLength} characters.\n`);
    return 1;
  }
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(parseConfig(env).database);
  } catch (error) {
    // A clear sentence (a locked embedded database, an unreachable DATABASE_URL), not a stack.
    process.stderr.write(`intervai: ${error instanceof AppError || error instanceof ConfigError ? error.message : `could not open the database: ${(error as Error).message}`}\n`);
    return 1;
  }
  try {
    const result = await store.admin.createAdmin(email, await hashPassword(password));
    if (result === 'exists') {
      process.stderr.write(`intervai: ${email} is an admin already.\n`);
      return 1;
    }
    process.stdout.write(`Admin ${email} created. Sign in at /admin on the IntervAI server.\n`);
    return 0;
  } finally {
    await store.close();
  }
}

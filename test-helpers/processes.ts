// Runs the real entry points as child processes, the way a user or operator does.
import { spawn, type ChildProcess } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript entry point to completion with the given environment and stdin. */
export function runEntry(entry: string, args: string[], env: Record<string, string>, stdin = ''): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], { cwd: root, env: cleanEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

export interface Server {
  child: ChildProcess;
  /** Everything printed so far. */
  output(): string;
  stop(): Promise<number | null>;
}

/** Starts a long-running entry point and waits until its output matches `ready`. */
export async function startEntry(entry: string, env: Record<string, string>, ready: RegExp): Promise<Server & { match: RegExpMatchArray }> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: root, env: cleanEnv(env) });
  let output = '';
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d;
      const m = output.match(ready);
      if (m) resolve(m);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${entry} exited with ${code} before it was ready:\n${output}`)));
  });
  return {
    child,
    match,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}

/** The parent's PATH and HOME only: no stray IntervAI variables leak into a test. */
function cleanEnv(env: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env };
}

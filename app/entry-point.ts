// What every entry point shares: config parsed once from the environment, one handler that
// turns a start-up failure into one clear line, and a graceful stop on SIGTERM/SIGINT.
import { ConfigError, parseConfig, type Config } from '../core/config.ts';
import { AppError } from '../core/errors.ts';

export interface Running {
  stop(): Promise<void>;
}

export async function runEntryPoint(name: string, main: (config: Config) => Promise<Running>): Promise<void> {
  let running: Running;
  try {
    running = await main(parseConfig(process.env));
  } catch (error) {
    const known = error instanceof AppError || error instanceof ConfigError;
    process.stderr.write(`${name}: ${known ? (error as Error).message : `could not start: ${(error as Error).message}`}\n`);
    process.exit(1);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${name}: ${signal} received, finishing work in progress…\n`);
    // A stop that hangs must not keep the process forever.
    setTimeout(() => process.exit(1), 30_000).unref();
    await running.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

// What every entry point shares: config parsed once from the environment, one handler that
// turns a start-up failure into one clear line, and a graceful stop on SIGTERM/SIGINT.
import { ConfigError, parseConfig, secretValues, type Config } from '../core/config.ts';
import { AppError } from '../core/errors.ts';
import { scrubSecrets } from '../infra/logger.ts';

export interface Running {
  stop(): Promise<void>;
}

export async function runEntryPoint(name: string, main: (config: Config) => Promise<Running>): Promise<void> {
  let running: Running;
  let secrets: string[] = [];
  try {
    const config = parseConfig(process.env);
    secrets = secretValues(config);
    running = await main(config);
  } catch (error) {
    const known = error instanceof AppError || error instanceof ConfigError;
    process.stderr.write(`${name}: ${known ? (error as Error).message : `could not start: ${(error as Error).message}`}\n`);
    process.exit(1);
  }
  // A library that forgets to catch (a platform SDK reconnecting) must not take every other
  // platform down with it: the failure is reported and the process keeps serving.
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(`${name}: an unexpected error was caught and the process keeps running: ${scrubSecrets(String((reason as Error)?.message ?? reason), secrets)}\n`);
  });
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

import { randomBytes } from 'node:crypto';

/** The Redis tests use; override with TEST_REDIS_URL. */
export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key prefix of its own for each test, so runs never see each other's jobs. */
export function uniquePrefix(): string {
  return `intervai-test-${randomBytes(5).toString('hex')}`;
}

/** A private redis-server on its own port, for tests that take Redis away. */
export async function startPrivateRedis(port: number): Promise<{ url: string; stop(): Promise<void> }> {
  const { spawn } = await import('node:child_process');
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'pipe' });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (d) => {
      output += d;
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

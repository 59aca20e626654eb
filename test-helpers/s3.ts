// A loopback S3 (s3rver) on 127.0.0.1 for FileStore tests.
import S3rver from 's3rver';
import { createTempDir } from './temp-dir.ts';

export async function startFakeS3(): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const dir = await createTempDir('intervai-s3-');
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir.path });
  const { port } = (await server.run()) as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      await server.close();
      await dir.remove();
    },
  };
}

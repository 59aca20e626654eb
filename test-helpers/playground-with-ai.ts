// The whole app (`serve`, as `npm start` runs it) on a temporary data directory, with a
// loopback fake AI provider configured: for end-to-end tests through the playground.
import { serve, type Served, type ServeOptions } from '../app/serve.ts';
import { parseConfig } from '../core/config.ts';
import { FakeOpenAI } from './fake-openai.ts';
import { createTempDir } from './temp-dir.ts';

export interface PlaygroundWithAi {
  provider: FakeOpenAI;
  served: Served;
  stop(): Promise<void>;
}

/** `script` sets up the fake before the app starts (a defaultReply, delays); `env` adds settings. */
export async function startPlaygroundWithAi(script?: (provider: FakeOpenAI) => void, options: ServeOptions = {}, env: Record<string, string> = {}): Promise<PlaygroundWithAi> {
  const provider = new FakeOpenAI();
  script?.(provider);
  await provider.start();
  const dir = await createTempDir();
  const served = await serve(parseConfig({ DATA_DIR: dir.path, PORT: '0', LOG_LEVEL: 'silent', OPENAI_API_KEY: provider.apiKey, OPENAI_BASE_URL: provider.baseUrl, ...env }), 'all', options);
  return {
    provider,
    served,
    async stop() {
      await served.stop();
      await provider.stop();
      await dir.remove();
    },
  };
}

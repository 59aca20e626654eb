// Downloads a platform file with a byte limit enforced while it streams, so a file whose size
// was not announced (or was announced wrongly) cannot use unbounded memory.
import { FileTooLargeError } from '../../core/errors.ts';

/** A stalled download must not hold the chat's queue: it is abandoned after this long. */
const downloadTimeoutMs = 60_000;

export async function downloadWithLimit(url: string, name: string, maxBytes: number, headers: Record<string, string> = {}): Promise<Buffer> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(downloadTimeoutMs) });
  if (!response.ok || !response.body) throw new Error(`download of ${name} failed with HTTP ${response.status}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => {});
      throw new FileTooLargeError(name, size, maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

// Reads files in a worker thread with a time and memory limit, so a pathological file (a
// zip bomb, a PDF that never finishes) costs one thread, never the bot or the worker process.
// The thread is kept and reused: starting one (and loading pdfjs) costs more than a parse.
import { Worker } from 'node:worker_threads';
import { ExtractionError, type ExtractionFailure } from './extraction-error.ts';
import type { Extraction } from './extract-text.ts';

export interface SandboxLimits {
  timeoutMs: number;
  memoryMb: number;
}

export const defaultSandboxLimits: SandboxLimits = { timeoutMs: 20_000, memoryMb: 256 };

type Reply = { id: number; ok: true; result: Extraction } | { id: number; ok: false; reason: ExtractionFailure; detail: string };

export interface ExtractionSandbox {
  extract(bytes: Buffer, fileName: string): Promise<Extraction>;
  close(): Promise<void>;
}

export function createExtractionSandbox(limits: SandboxLimits = defaultSandboxLimits): ExtractionSandbox {
  let worker: Worker | undefined;
  let ready: Promise<void> | undefined;
  let nextId = 0;
  // One file at a time per thread: a limit then belongs to the file that broke it.
  let queue: Promise<unknown> = Promise.resolve();

  function start(): Promise<void> {
    worker = new Worker(new URL('./sandbox-worker.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32 },
    });
    // Referenced only while it works (see run), so an idle sandbox never keeps a process alive.
    const current = worker;
    return new Promise((resolve, reject) => {
      current.once('message', () => resolve());
      current.once('error', (error) => {
        // A thread that cannot even start is this machine's problem, not the file's: the
        // caller's job fails and is retried, and the next call starts a fresh thread.
        if (worker === current) worker = undefined;
        reject(new Error('the resume reader could not start', { cause: error }));
      });
    });
  }

  async function run(bytes: Buffer, fileName: string): Promise<Extraction> {
    if (!worker) ready = start();
    worker!.ref();
    await ready;
    const current = worker!;
    const id = ++nextId;
    return new Promise<Extraction>((resolve, reject) => {
      const finish = (error: ExtractionError | undefined, result?: Extraction) => {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onError);
        current.off('exit', onExit);
        if (error) reject(error);
        else resolve(result!);
      };
      // A thread that broke a limit is thrown away; the next file gets a fresh one.
      const discard = (reason: ExtractionFailure) => {
        if (worker === current) worker = undefined;
        void current.terminate();
        finish(new ExtractionError(reason));
      };
      const timer = setTimeout(() => discard('too-slow'), limits.timeoutMs);
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        if (reply.ok) finish(undefined, reply.result);
        else finish(new ExtractionError(reply.reason, reply.detail));
      };
      const onError = (error: Error & { code?: string }) => discard(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too-much-memory' : 'corrupt');
      const onExit = () => discard('too-much-memory');
      current.on('message', onMessage);
      current.once('error', onError);
      current.once('exit', onExit);
      // The bytes are copied, not transferred: the caller keeps its buffer.
      current.postMessage({ id, bytes, fileName });
    }).finally(() => worker?.unref());
  }

  return {
    extract(bytes, fileName) {
      const result = queue.then(() => run(bytes, fileName));
      queue = result.catch(() => {});
      return result;
    },
    async close() {
      await queue;
      await worker?.terminate();
      worker = undefined;
    },
  };
}

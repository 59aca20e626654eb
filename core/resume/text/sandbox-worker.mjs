// The extraction sandbox's thread. Plain JavaScript so it starts under any loader: it registers
// tsx itself, then reads files one at a time for the parent (sandbox.ts).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

// The big readers are loaded before tsx's hooks exist: passing pdf.js (several MB of
// JavaScript) through the TypeScript loader costs ~150 MB. Loading pdf.worker here also sets
// globalThis.pdfjsWorker, which pdf.js then uses instead of importing it again later.
await import('pdfjs-dist/legacy/build/pdf.mjs');
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
await import('mammoth');
register();
const { extractText } = await import('./extract-text.ts');

parentPort.on('message', async ({ id, bytes, fileName }) => {
  try {
    const result = await extractText(Buffer.from(bytes), fileName);
    parentPort.postMessage({ id, ok: true, result });
  } catch (error) {
    const known = error?.name === 'ExtractionError';
    parentPort.postMessage({ id, ok: false, reason: known ? error.reason : 'corrupt', detail: known ? error.detail : String(error?.message ?? error) });
  }
});
parentPort.postMessage({ ready: true });

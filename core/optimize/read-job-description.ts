// A job description sent as a file (PDF, DOCX, text): its text, read in the sandbox like a
// resume, or the sentence saying why it could not be read. Shared by the worker and the CLI.
import { failureMessage } from '../resume/failure-messages.ts';
import { ExtractionError } from '../resume/text/extraction-error.ts';
import type { ExtractionSandbox } from '../resume/text/sandbox.ts';

export async function readJobDescription(sandbox: ExtractionSandbox, bytes: Buffer, fileName: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    const extraction = await sandbox.extract(bytes, fileName);
    if (extraction.type === 'json-resume') throw new ExtractionError('unsupported', 'a JSON Resume, not a job description');
    return { ok: true, text: extraction.text.lines.map((l) => l.parts.join(' ')).join('\n') };
  } catch (error) {
    if (!(error instanceof ExtractionError)) throw error;
    return { ok: false, message: failureMessage(error.reason, fileName, error.detail, 'job description') };
  }
}

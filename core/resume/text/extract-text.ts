// From file bytes to resume text: check what the file really is (magic bytes, not the name),
// then read it with the right reader. Runs inside the extraction sandbox (sandbox.ts).
import { detectFileType, type DetectedType } from '../../files/detect-type.ts';
import { docxText } from './docx-text.ts';
import { ExtractionError } from './extraction-error.ts';
import { pdfText } from './pdf-text.ts';
import { plainText } from './plain-text.ts';
import type { ExtractedText } from './resume-text.ts';

export type Extraction =
  | { type: Exclude<DetectedType, 'json-resume'>; text: ExtractedText }
  /** A JSON Resume file needs no reading; it is checked by the schema instead. */
  | { type: 'json-resume'; json: unknown };

export async function extractText(bytes: Buffer, fileName: string): Promise<Extraction> {
  const detection = detectFileType(bytes, fileName);
  if (!detection.ok) {
    if (detection.reason === 'empty') throw new ExtractionError('empty');
    if (detection.reason === 'encrypted-pdf') throw new ExtractionError('encrypted');
    throw new ExtractionError('unsupported', detection.label);
  }
  switch (detection.type) {
    case 'pdf':
      return { type: 'pdf', text: await pdfText(new Uint8Array(bytes)) };
    case 'docx':
      return { type: 'docx', text: await docxText(bytes) };
    case 'json-resume':
      return { type: 'json-resume', json: JSON.parse(bytes.toString('utf8')) };
    default:
      return { type: detection.type, text: plainText(bytes.toString('utf8')) };
  }
}

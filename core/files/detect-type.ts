// What a file really is, from its bytes rather than its name or the platform's mime type.

export type DetectedType = 'pdf' | 'docx' | 'text' | 'markdown' | 'json-resume';

export type Detection =
  | { ok: true; type: DetectedType; label: string }
  | { ok: false; reason: 'encrypted-pdf' | 'image' | 'legacy-doc' | 'archive' | 'binary' | 'empty'; label: string };

const startsWith = (bytes: Buffer, signature: number[]) => signature.every((b, i) => bytes[i] === b);

export function detectFileType(bytes: Buffer, fileName: string): Detection {
  if (bytes.length === 0) return { ok: false, reason: 'empty', label: 'an empty file' };
  if (bytes.subarray(0, 1024).includes('%PDF-')) {
    // An encryption dictionary in the trailer means the text can't be read without a password.
    return bytes.includes('/Encrypt') ? { ok: false, reason: 'encrypted-pdf', label: 'a password-protected PDF' } : { ok: true, type: 'pdf', label: 'PDF' };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Zip entry names are stored uncompressed, so a Word document shows its main part's name.
    return bytes.includes('word/document.xml') ? { ok: true, type: 'docx', label: 'Word document' } : { ok: false, reason: 'archive', label: 'a ZIP archive' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { ok: false, reason: 'legacy-doc', label: 'an old Word .doc file' };
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && bytes.subarray(8, 12).toString('latin1') === 'WEBP')
  ) {
    return { ok: false, reason: 'image', label: 'an image' };
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) return { ok: false, reason: 'binary', label: 'binary data' };
  if (isJsonResume(text)) return { ok: true, type: 'json-resume', label: 'JSON Resume' };
  if (/\.(md|markdown)$/i.test(fileName)) return { ok: true, type: 'markdown', label: 'Markdown' };
  return { ok: true, type: 'text', label: 'plain text' };
}

function decodeUtf8(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function isJsonResume(text: string): boolean {
  if (!text.trimStart().startsWith('{')) return false;
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    return typeof value === 'object' && value !== null && ('basics' in value || 'work' in value);
  } catch {
    return false;
  }
}

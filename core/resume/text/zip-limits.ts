// A DOCX is a ZIP archive. Before unpacking one, read its table of contents and refuse
// archives that would unpack to far more than any resume (a "zip bomb"). The sandbox's memory
// cap (sandbox.ts) is the second line, for archives that lie about their sizes.
import { ExtractionError } from './extraction-error.ts';

/** A resume's document.xml is rarely over 1 MB; embedded photos add a few MB. */
export const maxUnpackedBytes = 40 * 1024 * 1024;
const maxEntries = 2000;

export function checkZipLimits(bytes: Buffer): void {
  const end = findEndOfDirectory(bytes);
  if (end < 0) throw new ExtractionError('corrupt', 'no ZIP directory');
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if (entries > maxEntries) throw new ExtractionError('too-big-unpacked', `${entries} entries`);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) throw new ExtractionError('corrupt', 'broken ZIP directory');
    const unpacked = bytes.readUInt32LE(offset + 24);
    // 0xFFFFFFFF means the real size is in a ZIP64 field: over 4 GB, far past any limit.
    total += unpacked === 0xffffffff ? Infinity : unpacked;
    if (total > maxUnpackedBytes) throw new ExtractionError('too-big-unpacked', `over ${maxUnpackedBytes} bytes`);
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
}

/** The end-of-central-directory record sits in the last 22 bytes plus an optional comment. */
function findEndOfDirectory(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}

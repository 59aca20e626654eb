// DOCX text through mammoth. Its HTML keeps what the parser needs: heading styles, list
// items and bold runs; everything else is dropped.
import mammoth from 'mammoth';
import { ExtractionError } from './extraction-error.ts';
import { plainLine, type ExtractedText, type TextLine } from './resume-text.ts';
import { checkZipLimits } from './zip-limits.ts';

export async function docxText(bytes: Buffer): Promise<ExtractedText> {
  checkZipLimits(bytes);
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: bytes }));
  } catch (error) {
    throw new ExtractionError('corrupt', String((error as Error).message ?? error));
  }
  const lines: TextLine[] = [];
  for (const match of html.matchAll(/<(h[1-6]|p|li)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const [, tag, inner] = match as unknown as [string, string, string];
    // A list item's nested paragraphs arrive as their own matches; keep the item's own text.
    const own = inner.replace(/<(ul|ol)\b[\s\S]*$/, '');
    const text = decodeEntities(own.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const bold = /^(<strong>[\s\S]*<\/strong>)$/.test(own.trim());
    const parts = text.split(/\t| {3,}/).map((p) => p.trim()).filter(Boolean);
    lines.push(plainLine(text, { parts, bold, heading: tag!.startsWith('h'), bullet: tag === 'li' }));
  }
  if (lines.map((l) => l.text).join('').length < 40) throw new ExtractionError('no-text');
  return { lines, pages: 1 };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

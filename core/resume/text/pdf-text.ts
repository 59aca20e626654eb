// PDF text with positions and fonts, through pdfjs-dist's legacy build (the one Node 20 runs).
import { getDocument, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { ExtractionError, maxResumePages } from './extraction-error.ts';
import { layoutPage, type Glyphs } from './pdf-layout.ts';
import type { ExtractedText, TextLine } from './resume-text.ts';

export async function pdfText(bytes: Uint8Array): Promise<ExtractedText> {
  // No eval, no font loading, no fetching of anything: text and positions only.
  const task = getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    throw new ExtractionError(name === 'PasswordException' ? 'encrypted' : 'corrupt', String((error as Error).message ?? error));
  }
  try {
    if (pdf.numPages > maxResumePages) throw new ExtractionError('too-many-pages', String(pdf.numPages));
    const lines: TextLine[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      lines.push(...layoutPage(await pageGlyphs(page), number));
      page.cleanup();
    }
    if (lines.map((l) => l.text).join('').replace(/\s/g, '').length < 40) throw new ExtractionError('no-text');
    return { lines, pages: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}

async function pageGlyphs(page: PDFPageProxy): Promise<Glyphs[]> {
  const content = await page.getTextContent();
  // Font names (and so boldness) are only known once the page's drawing operators are read.
  await page.getOperatorList();
  const bold = new Map<string, boolean>();
  const isBold = (fontName: string) => {
    if (!bold.has(fontName)) {
      let font: { name?: string; bold?: boolean; black?: boolean } | undefined;
      try {
        font = page.commonObjs.get(fontName) as typeof font;
      } catch {
        font = undefined;
      }
      bold.set(fontName, Boolean(font?.bold || font?.black || /bold|black|heavy|semibold/i.test(font?.name ?? '')));
    }
    return bold.get(fontName)!;
  };
  return content.items
    .filter((item): item is TextItem => 'str' in item)
    .map((item) => ({
      text: item.str,
      x: item.transform[4] as number,
      y: item.transform[5] as number,
      width: item.width,
      size: Math.round(Math.hypot(item.transform[2] as number, item.transform[3] as number) * 10) / 10,
      bold: isBold(item.fontName),
    }));
}

// The fonts the PDF export writes with. A Unicode font shipped in an npm package, embedded
// (pdfkit subsets it), so "Łukasz" and "Nguyễn" print as written, with no network at run time.
// Without that package, PDF's standard Helvetica, and text folded to what it can encode.
import { createRequire } from 'node:module';
import { toWinAnsi } from './win-ansi.ts';

const require = createRequire(import.meta.url);

/** Noto Sans (OFL-1.1) from the npm package @expo-google-fonts/noto-sans (0.4.2): full TTFs
 *  covering Latin with all its accents, Vietnamese, Greek and Cyrillic. */
const unicodeFiles = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
};

export interface PdfFonts {
  /** A font file path, or a standard PDF font's name. */
  regular: string;
  bold: string;
  /** Whether the fonts take any text; if not, text goes through `safe` first. */
  unicode: boolean;
  safe(text: string): string;
}

let cached: PdfFonts | undefined;

export function pdfFonts(): PdfFonts {
  cached ??= resolveFonts();
  return cached;
}

function resolveFonts(): PdfFonts {
  const regular = resolveFile(unicodeFiles.regular);
  const bold = resolveFile(unicodeFiles.bold);
  if (regular && bold) return { regular, bold, unicode: true, safe: (text) => text };
  return { regular: 'Helvetica', bold: 'Helvetica-Bold', unicode: false, safe: toWinAnsi };
}

function resolveFile(specifier: string): string | undefined {
  try {
    return require.resolve(specifier);
  } catch {
    return undefined; // the font package is not installed
  }
}

// PDF's standard Helvetica encodes Windows-1252 only; anything else prints as garbage. When no
// Unicode font is at hand, each character outside it becomes its closest ASCII form instead.

/** Windows-1252's characters above Latin-1 (pdfkit's WIN_ANSI_MAP). */
const above = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Letters NFKD does not decompose, and punctuation with a plain equivalent. */
const special: Record<string, string> = {
  Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŀ: 'L', ŀ: 'l', Ŧ: 'T', ŧ: 't', Ŋ: 'N', ŋ: 'n',
  ĸ: 'k', Ɨ: 'I', ɨ: 'i', Ƶ: 'Z', ƶ: 'z', '‐': '-', '‑': '-', '‒': '-', '−': '-', '′': "'", '″': '"', '→': '->', '←': '<-',
};

function encodable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || above.has(char);
}

export function toWinAnsi(text: string): string {
  let out = '';
  // NFC first, so "e" + a combining acute is the one encodable "é".
  for (const char of text.normalize('NFC')) {
    if (encodable(char)) out += char;
    else if (special[char] !== undefined) out += special[char];
    else if (/\s/.test(char)) out += ' ';
    else out += fold(char);
  }
  return out;
}

/** "ễ" → "e" + combining marks → "e". A letter with no Latin form (Cyrillic, CJK) becomes "?",
 *  so a reader sees something is missing; a symbol or emoji is just dropped. */
function fold(char: string): string {
  const folded = [...char.normalize('NFKD').replace(/\p{M}/gu, '')].filter(encodable).join('');
  return folded || (/\p{L}|\p{N}/u.test(char) ? '?' : '');
}

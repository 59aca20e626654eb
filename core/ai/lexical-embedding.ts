// The offline embedding: lexical, not semantic. Words, word pairs and character trigrams are
// hashed into a fixed number of dimensions with sublinear term weights, then normalised, so
// texts sharing vocabulary land close together. Deterministic and local, so RAG works with no
// key; its model name says what it is, and its vectors are never mixed with a provider's.

export const lexicalModelName = 'lexical-hash-512-v1';
const dimensions = 512;

const stopWords = new Set(
  'a an and are as at be but by for from has have i in is it its me my of on or our so that the their then there they this to was we were what when which who will with you your'.split(' '),
);

function hash(text: string): number {
  // FNV-1a: fast, stable across runs and machines.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function lexicalEmbedding(text: string): number[] {
  const counts = new Map<string, number>();
  const add = (feature: string, weight: number) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
  const words = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[\p{L}\p{N}+#.]+/gu) ?? [];
  const content = words.map((w) => w.replace(/\.+$/, '')).filter((w) => w && !stopWords.has(w));
  content.forEach((word, i) => {
    add(`w:${word}`, 1);
    if (i > 0) add(`b:${content[i - 1]} ${word}`, 0.5);
    const padded = ` ${word} `;
    for (let c = 0; c + 3 <= padded.length; c++) add(`c:${padded.slice(c, c + 3)}`, 0.25);
  });
  const vector = new Array<number>(dimensions).fill(0);
  for (const [feature, count] of counts) {
    const h = hash(feature);
    // The sign bit spreads collisions out instead of letting them pile up.
    vector[h % dimensions]! += (h & 0x80000000 ? -1 : 1) * (1 + Math.log(count));
  }
  const norm = Math.hypot(...vector);
  return norm === 0 ? vector : vector.map((v) => v / norm);
}

export function cosine(a: number[], b: number[]): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}

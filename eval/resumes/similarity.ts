// String similarity and one-to-one list matching for the parser scores.

/** Case-folded, whitespace collapsed; diacritics are kept (a parser that drops them loses). */
export function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** 1 − edit distance / longer length: 1 for equal strings, 0 for nothing in common. */
export function ratio(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - levenshtein(a, b) / longer;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

export type Match = { expected: number; got: number; similarity: number };

/**
 * Pairs expected and parsed items one to one, best pair first, keeping pairs at or above
 * `threshold`. `similarity` may return 0 early for pairs that cannot reach the threshold.
 */
export function matchGreedy<E, G>(expected: readonly E[], got: readonly G[], similarity: (e: E, g: G) => number, threshold: number): Match[] {
  const candidates: Match[] = [];
  expected.forEach((e, i) =>
    got.forEach((g, j) => {
      const s = similarity(e, g);
      if (s >= threshold) candidates.push({ expected: i, got: j, similarity: s });
    }),
  );
  // Ties go to document order, so the result does not depend on the sort's stability.
  candidates.sort((x, y) => y.similarity - x.similarity || x.expected - y.expected || x.got - y.got);
  const usedExpected = new Set<number>();
  const usedGot = new Set<number>();
  return candidates.filter((m) => {
    if (usedExpected.has(m.expected) || usedGot.has(m.got)) return false;
    usedExpected.add(m.expected);
    usedGot.add(m.got);
    return true;
  });
}

/** `ratio` of normalised strings, skipping the edit distance when the lengths alone rule the pair out. */
export function textSimilarity(threshold: number): (a: string, b: string) => number {
  return (a, b) => {
    const [x, y] = [normalise(a), normalise(b)];
    // The distance is at least the length difference, so the ratio is at most shorter / longer.
    if (Math.min(x.length, y.length) < threshold * Math.max(x.length, y.length)) return 0;
    return ratio(x, y);
  };
}

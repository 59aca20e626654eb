/**
 * Packs pieces of text (lines) into as few messages as fit under a platform's length limit,
 * joined by line breaks. A piece longer than the limit must be cut by the caller first.
 */
export function packLines(pieces: string[], limit: number): string[] {
  const messages: string[] = [];
  let current: string | undefined;
  for (const piece of pieces) {
    const candidate = current === undefined ? piece : `${current}\n${piece}`;
    if (candidate.length > limit && current !== undefined) {
      messages.push(current);
      current = piece;
    } else current = candidate;
  }
  messages.push(current ?? '');
  return messages;
}

/** Cuts one over-long line at spaces (or anywhere, failing that) into pieces of at most `size`. */
export function cutLine(line: string, size: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > size) {
    const space = rest.lastIndexOf(' ', size);
    const cut = space > size / 2 ? space : size;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  pieces.push(rest);
  return pieces;
}

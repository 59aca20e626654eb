// Answers cite the guide sections they used. An answer marks them [1], [2] by the numbers its
// sources were given; the sources line lists exactly those, so nothing unused is cited.

export function withCitations(text: string, sources: string[]): string {
  const marked = [...new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))].filter((n) => n >= 1 && n <= sources.length).sort((a, b) => a - b);
  if (marked.length === 0) return text;
  return `${text.trim()}\n\n_Sources: ${marked.map((n) => `[${n}] ${sources[n - 1]}`).join('; ')}_`;
}

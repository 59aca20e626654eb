// Splits a knowledge guide into the pieces search returns: one per "## " section, each
// carrying the document's title so a hit makes sense on its own.

export interface GuideChunk {
  position: number;
  heading: string;
  content: string;
}

export function parseGuide(markdown: string): { title: string; chunks: GuideChunk[] } {
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? 'Untitled';
  const sections = markdown.split(/^## /m).slice(1);
  const chunks = sections.map((section, position) => {
    const [heading = '', ...body] = section.split('\n');
    return { position, heading: heading.trim(), content: body.join('\n').trim() };
  });
  // A guide without sections is one chunk under its title.
  if (chunks.length === 0) chunks.push({ position: 0, heading: title, content: markdown.replace(/^#\s+.+$/m, '').trim() });
  return { title, chunks: chunks.filter((c) => c.content) };
}

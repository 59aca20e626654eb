// The core's markdown subset (**bold**, _italic_, `code`) as Telegram HTML, split under the
// 4096-character message limit at line breaks (markup never spans lines in that subset).

export const telegramTextLimit = 4096;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function toTelegramHtml(markdown: string): string {
  return escapeHtml(markdown)
    .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
    .replace(/(^|\W)_(.+?)_(?=\W|$)/g, '$1<i>$2</i>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** Splits markdown into pieces whose HTML fits one Telegram message; returns their HTML. */
export function splitForTelegram(markdown: string, limit = telegramTextLimit): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of markdown.split('\n')) {
    const html = toTelegramHtml(line);
    for (const piece of html.length <= limit ? [html] : hardWrap(line, limit)) {
      const candidate = current ? `${current}\n${piece}` : piece;
      if (candidate.length > limit) {
        parts.push(current);
        current = piece;
      } else current = candidate;
    }
  }
  if (current || parts.length === 0) parts.push(current);
  return parts;
}

/**
 * A single line too long for one message is cut at spaces and sent as plain escaped text:
 * cutting HTML could break a tag or an entity, and escaping grows text at most fivefold.
 */
function hardWrap(line: string, limit: number): string[] {
  const size = Math.floor(limit / 5);
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > size) {
    const space = rest.lastIndexOf(' ', size);
    const cut = space > size / 2 ? space : size;
    pieces.push(escapeHtml(rest.slice(0, cut)));
    rest = rest.slice(cut).trimStart();
  }
  pieces.push(escapeHtml(rest));
  return pieces;
}

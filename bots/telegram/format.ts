// The core's markdown subset (**bold**, _italic_, `code`) as Telegram HTML, split under the
// 4096-character message limit at line breaks (markup never spans lines in that subset).
import { cutLine, packLines } from '../shared/pack-lines.ts';

export const telegramTextLimit = 4096;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function toTelegramHtml(markdown: string): string {
  // Code spans first: what is inside them is literal, never bold or italic.
  const html = markdown
    .split(/(`[^`\n]+`)/)
    .map((part, index) => (index % 2 === 1 ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : emphasis(escapeHtml(part))))
    .join('');
  // Markers that cross (**a _b** c_) would make tags Telegram rejects: send plain text instead.
  return isWellNested(html) ? html : escapeHtml(markdown);
}

function emphasis(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '<b>$1</b>').replace(/(^|\W)_(.+?)_(?=\W|$)/g, '$1<i>$2</i>');
}

/** True when every <b>, <i> and <code> closes in the order it opened. */
export function isWellNested(html: string): boolean {
  const open: string[] = [];
  for (const [, closing, tag] of html.matchAll(/<(\/?)(b|i|code)>/g)) {
    if (!closing) open.push(tag!);
    else if (open.pop() !== tag) return false;
  }
  return open.length === 0;
}

/** Splits markdown into pieces whose HTML fits one Telegram message; returns their HTML. */
export function splitForTelegram(markdown: string, limit = telegramTextLimit): string[] {
  const pieces = markdown.split('\n').flatMap((line) => {
    const html = toTelegramHtml(line);
    // Too long for one message: cut the plain text instead, since cutting HTML could break a
    // tag or an entity (escaping grows text at most fivefold).
    return html.length <= limit ? [html] : cutLine(line, Math.floor(limit / 5)).map(escapeHtml);
  });
  return packLines(pieces, limit);
}

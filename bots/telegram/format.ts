// The core's markdown subset (**bold**, _italic_, `code`) as Telegram HTML, split under the
// 4096-character message limit at line breaks (markup never spans lines in that subset).
import { cutLine, packLines } from '../shared/pack-lines.ts';

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
  const pieces = markdown.split('\n').flatMap((line) => {
    const html = toTelegramHtml(line);
    // Too long for one message: cut the plain text instead, since cutting HTML could break a
    // tag or an entity (escaping grows text at most fivefold).
    return html.length <= limit ? [html] : cutLine(line, Math.floor(limit / 5)).map(escapeHtml);
  });
  return packLines(pieces, limit);
}

// The core's markdown subset as Slack mrkdwn in Block Kit: **bold** → *bold*, and the three
// characters Slack treats as control characters escaped.
import type { Button } from '../../core/model/message.ts';

/** Slack's limit for one section block's text. */
const sectionLimit = 3000;

export function toMrkdwn(markdown: string): string {
  return markdown
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\*\*(.+?)\*\*/g, '*$1*');
}

/** A button's action_id carries its position; its value carries the neutral action. */
export function encodeButton(button: Button): string {
  return JSON.stringify({ a: button.actionId, v: button.value });
}

export function decodeButton(value: string | undefined): { actionId: string; value: string } {
  try {
    const parsed = JSON.parse(value ?? '') as { a?: string; v?: string };
    return { actionId: String(parsed.a ?? ''), value: String(parsed.v ?? '') };
  } catch {
    return { actionId: '', value: '' };
  }
}

export function toBlocks(markdown: string, buttons: Button[] = []): object[] {
  const blocks: object[] = sectionsOf(toMrkdwn(markdown)).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
  if (buttons.length > 0) {
    blocks.push({
      type: 'actions',
      elements: buttons.slice(0, 25).map((button, index) => ({
        type: 'button',
        action_id: `intervai_${index}`,
        text: { type: 'plain_text', text: button.label.slice(0, 75) },
        value: encodeButton(button),
        ...(button.style ? { style: button.style } : {}),
      })),
    });
  }
  return blocks;
}

/** Splits at line breaks so each section stays within Slack's limit. */
function sectionsOf(text: string): string[] {
  const sections: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length > sectionLimit && current) {
      sections.push(current);
      current = line.slice(0, sectionLimit);
    } else current = candidate.slice(0, sectionLimit);
  }
  sections.push(current || ' ');
  return sections;
}

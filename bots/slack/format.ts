// The core's markdown subset as Slack mrkdwn in Block Kit: **bold** → *bold*, and the three
// characters Slack treats as control characters escaped.
import type { Button } from '../../core/model/message.ts';
import { cutLine, packLines } from '../shared/pack-lines.ts';

/** Slack's limit for one section block's text. */
const sectionLimit = 3000;
const maxSections = 49;

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

/** Splits at line breaks (a longer line at spaces) so each section stays within Slack's limit. */
function sectionsOf(text: string): string[] {
  const sections = packLines(text.split('\n').flatMap((line) => (line.length <= sectionLimit ? [line] : cutLine(line, sectionLimit))), sectionLimit);
  // Slack takes 50 blocks a message; the buttons need one.
  return sections.length <= maxSections ? sections.map((t) => t || ' ') : [...sections.slice(0, maxSections - 1), '… (the rest was too long for one Slack message)'];
}

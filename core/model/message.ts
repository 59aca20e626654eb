// The platform-neutral message model. Adapters translate platform payloads into these shapes
// and render outgoing messages natively; core never sees a platform SDK.

export type Platform = 'web' | 'terminal' | 'slack' | 'discord' | 'telegram';

export interface Author {
  /** The platform's own user id. */
  userId: string;
  userName: string;
  isBot: boolean;
  /** Workspace (Slack), guild (Discord) or "" where the platform has none. */
  workspaceId: string;
  /** The user's locale where the platform tells it (Telegram's language_code, Discord's locale). */
  locale?: string;
}

export interface Attachment {
  name: string;
  mimeType: string;
  /** Size in bytes as the platform reports it, checked before anything is downloaded;
   * undefined when the platform does not say (the download enforces the limit then). */
  size: number | undefined;
  /** Downloads the bytes; rejects with FileTooLargeError when more than maxBytes arrive. */
  fetch(maxBytes: number): Promise<Buffer>;
}

export interface IncomingMessage {
  kind: 'message';
  /** The platform's message id. */
  id: string;
  platform: Platform;
  /** `{platform}:{channel}:{thread}` */
  threadId: string;
  text: string;
  author: Author;
  attachments: Attachment[];
  /** True where others see the bot's replies too (a group, a server channel): nothing secret is shown there. */
  shared?: boolean;
  /** The untouched platform payload, for adapters' own use. */
  raw?: unknown;
}

/** A button press. */
export interface IncomingAction {
  kind: 'action';
  id: string;
  platform: Platform;
  threadId: string;
  author: Author;
  /** The button's action id, e.g. "command". */
  actionId: string;
  value: string;
  /** As on a message: others see the replies. */
  shared?: boolean;
  raw?: unknown;
}

export type IncomingEvent = IncomingMessage | IncomingAction;

export interface Button {
  label: string;
  actionId: string;
  value: string;
  style?: 'primary' | 'danger';
}

export interface OutgoingFile {
  name: string;
  mimeType: string;
  /** A FileStore key; adapters read the bytes when they send. */
  fileKey: string;
}

export interface OutgoingMessage {
  /** Markdown: **bold**, _italic_, `code`, bullet lines. Adapters convert to their dialect. */
  text: string;
  buttons?: Button[];
  files?: OutgoingFile[];
}

/** A button that runs a chat command, so every platform can offer next steps the same way. */
export function commandButton(label: string, command: string, style?: Button['style']): Button {
  return { label, actionId: 'command', value: command, style };
}

import type { IncomingEvent, OutgoingMessage, Platform } from './message.ts';

/** What the core calls for each incoming event. Adapters hand every event to it. */
export type EventHandler = (event: IncomingEvent) => Promise<void>;

/**
 * One interface for every platform. An adapter only translates: platform payload → neutral
 * event, neutral outgoing message → platform call. Optional platform features are optional
 * methods.
 */
export interface Adapter {
  readonly platform: Platform;
  /** Starts receiving events (listening, polling, connecting). */
  start(handler: EventHandler): Promise<void>;
  /** Sends a message and returns the platform's id for it, so it can be edited later. */
  send(threadId: string, message: OutgoingMessage): Promise<string>;
  /** Replaces a sent message in place (progress, streaming). */
  edit(threadId: string, platformMessageId: string, message: OutgoingMessage): Promise<void>;
  /** Whether the platform connection works now (for /healthz); absent means always fine. */
  health?(): { ok: boolean; detail?: string };
  /** Shows "typing…" where the platform has it. */
  showTyping?(threadId: string): Promise<void>;
  stop(): Promise<void>;
}

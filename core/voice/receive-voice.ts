// A voice note or audio clip sent in the chat: transcribed through the AI gateway, shown back
// ("🎙 I heard: …") and measured (pace, fillers, pauses). The caller then handles the transcript
// exactly as typed text. Any flow can use it: nothing here knows interviews or pitches.
import { FileTooLargeError } from '../errors.ts';
import { formatBytes } from '../format.ts';
import type { AiGateway } from '../ai/gateway.ts';
import { TranscriptionUnavailableError } from '../ai/transcription.ts';
import type { QuotaCheck } from '../billing/quota.ts';
import type { ConversationRef, Outbox } from '../conversation/outbox.ts';
import type { Attachment, OutgoingMessage } from '../model/message.ts';
import { deliveryVerdict, measureDelivery, type Delivery } from './delivery.ts';
import * as replies from './voice-replies.ts';

export interface VoiceDeps {
  ai: AiGateway;
  outbox: Outbox;
  /** Transcription spends AI tokens: the monthly quota is checked first. */
  aiQuota(userId: string): Promise<QuotaCheck>;
  quotaMessage(check: Extract<QuotaCheck, { ok: false }>): OutgoingMessage;
}

export interface HeardVoice {
  text: string;
  delivery: Delivery;
}

/** The most OpenAI's transcription endpoint accepts. */
export const maxVoiceBytes = 25 * 1024 * 1024;

/** Extensions of audio formats, for platforms that send a file without an audio mime type. */
const audioExtensions: Record<string, string> = { ogg: 'audio/ogg', oga: 'audio/ogg', opus: 'audio/ogg', mp3: 'audio/mpeg', mpga: 'audio/mpeg', m4a: 'audio/mp4', wav: 'audio/wav', flac: 'audio/flac', aac: 'audio/aac', webm: 'audio/webm' };
const extensionOfType: Record<string, string> = { 'audio/ogg': 'ogg', 'audio/opus': 'ogg', 'audio/mpeg': 'mp3', 'audio/mp3': 'mp3', 'audio/mp4': 'm4a', 'audio/x-m4a': 'm4a', 'audio/m4a': 'm4a', 'audio/aac': 'm4a', 'audio/wav': 'wav', 'audio/x-wav': 'wav', 'audio/wave': 'wav', 'audio/flac': 'flac', 'audio/webm': 'webm' };

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** Audio by its mime type, or by its extension when the platform gave none (never a video). */
export function isVoiceNote(attachment: Pick<Attachment, 'name' | 'mimeType'>): boolean {
  const type = attachment.mimeType.toLowerCase();
  if (type.startsWith('audio/')) return true;
  return (type === '' || type === 'application/octet-stream') && Object.hasOwn(audioExtensions, extensionOf(attachment.name));
}

/**
 * Transcribes and measures a voice note, shows the user what was heard (with the delivery line
 * when `showDelivery`: in an interview or a pitch), and returns it; undefined when the user was
 * told why it could not be heard (no provider, too big, quota spent, silence). Nothing else
 * changes then, so the flow waits where it was.
 */
export async function hearVoiceNote(deps: VoiceDeps, to: ConversationRef, userId: string, note: Attachment, showDelivery: boolean): Promise<HeardVoice | undefined> {
  const tell = async (text: string) => void (await deps.outbox.send(to, { text }));
  if (!deps.ai.transcribes) return tell(replies.voiceNeedsAi());
  const tooBig = (size?: number) => tell(replies.voiceTooBig(size === undefined ? undefined : formatBytes(size), formatBytes(maxVoiceBytes)));
  if (note.size !== undefined && note.size > maxVoiceBytes) return tooBig(note.size);
  const quota = await deps.aiQuota(userId);
  if (!quota.ok) return void (await deps.outbox.send(to, deps.quotaMessage(quota)));

  let bytes: Buffer;
  try {
    bytes = await note.fetch(maxVoiceBytes);
  } catch (error) {
    if (error instanceof FileTooLargeError) return tooBig();
    throw error;
  }
  if (bytes.length === 0) return tell(replies.voiceEmpty());
  const mimeType = isAudioType(note.mimeType) ? note.mimeType : audioExtensions[extensionOf(note.name)]!;
  let transcript;
  try {
    transcript = await deps.ai.transcribe({ userId }, { bytes, name: fileNameFor(note.name, mimeType), mimeType });
  } catch (error) {
    if (error instanceof TranscriptionUnavailableError) return tell(replies.voiceNeedsAi());
    throw error;
  }
  if (!transcript.text) return tell(replies.noWordsHeard());
  const delivery = measureDelivery(transcript);
  await deps.outbox.send(to, heardMessage(transcript.text, showDelivery ? delivery : undefined));
  return { text: transcript.text, delivery };
}

/** What was understood, kept short (the whole transcript is handled; this is only the echo). */
export function heardMessage(text: string, delivery?: Delivery): OutgoingMessage {
  const echo = text.length > 280 ? `${text.slice(0, 280).replace(/\s+\S*$/, '')}…` : text;
  return { text: `${replies.heard(echo)}${delivery ? `\n${deliveryVerdict(delivery)}` : ''}` };
}

const isAudioType = (type: string) => type.toLowerCase().startsWith('audio/');

/** Providers tell the format by the extension: a name without one gets the mime type's. */
function fileNameFor(name: string, mimeType: string): string {
  if (Object.hasOwn(audioExtensions, extensionOf(name))) return name;
  return `${name || 'voice'}.${extensionOfType[mimeType.split(';')[0]!.trim().toLowerCase()] ?? 'ogg'}`;
}

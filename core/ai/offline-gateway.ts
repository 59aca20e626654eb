// The same gateway, seen as having no provider: callers take their offline path. Used for a
// user who has spent this month's AI tokens (embeddings stay, they cost nothing offline).
import type { AiGateway } from './gateway.ts';
import { TranscriptionUnavailableError } from './transcription.ts';

export function offlineGateway(ai: AiGateway): AiGateway {
  return { ...ai, available: false, transcribes: false, transcribe: () => Promise.reject(new TranscriptionUnavailableError()) };
}

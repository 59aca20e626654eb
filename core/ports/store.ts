// The storage port: what core needs from the database. db/store.ts implements it with Drizzle
// on Postgres or PGlite.
import type { OutgoingMessage, Platform } from '../model/message.ts';
import type { MatchReport } from '../optimize/match.ts';
import type { OptimizationRecord, RewriteSuggestion } from '../optimize/optimization.ts';
import type { Requirements } from '../optimize/requirements.ts';
import type { InterviewStore } from '../interview/session.ts';
import type { JsonResume } from '../resume/json-resume.ts';
import type { ResumeWarning } from '../resume/warnings.ts';
import type { JobJournal } from './job-queue.ts';
import type { PlanStore } from '../plan/plan-store.ts';
import type { PracticeStore } from '../practice/practice-store.ts';
import type { LanguageStore } from '../language/language-store.ts';
import type { StoryStore } from '../stories/story.ts';
import type { BillingStore } from '../billing/subscription.ts';
import type { AdminStore } from '../admin/admin-store.ts';
import type { PrivacyStore } from '../privacy/export-user.ts';
import type { LinkStore } from '../identity/link-store.ts';
import type { RetentionStore } from '../privacy/retention.ts';

export interface PlatformAccount {
  platform: Platform;
  workspaceId: string;
  platformUserId: string;
  displayName: string;
  /** The platform's locale for the user ("es-MX"), where it tells one: a new user's first language guess. */
  locale?: string;
}

/** A thread, seen from the person who sent the current event (threads may be shared). */
export interface Conversation {
  id: string;
  /** The sender's user id. */
  userId: string;
  threadId: string;
  /** True when this is the sender's first contact with IntervAI. */
  isNewUser: boolean;
  /** The sender's language (ISO 639-1), detected or chosen; null until known. */
  language: string | null;
  /** True once the sender chose it with /language: detection leaves it alone. */
  languageChosen: boolean;
}

export interface StoredOutgoing {
  id: string;
  conversationId: string;
  threadId: string;
  platformMessageId: string | null;
  message: OutgoingMessage;
}

export interface HistoryEntry {
  id: string;
  direction: 'in' | 'out';
  /** The platform's id for an outgoing message, so a client can match later edits to it. */
  platformMessageId: string | null;
  text: string;
  message: OutgoingMessage;
  createdAt: Date;
}

export interface NewUpload {
  userId: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  fileKey: string;
}

export interface ResumeRecord {
  id: string;
  userId: string;
  version: number;
  fileKey: string | null;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  status: 'received' | 'stored' | 'queued' | 'parsing' | 'parsed' | 'failed';
  detectedType: string | null;
  failureReason: string | null;
  createdAt: Date;
}

/** A version the parser has read: the structured resume and what could be improved. */
export interface ParsedResume extends ResumeRecord {
  parsed: JsonResume;
  warnings: ResumeWarning[];
  /** 'edited': a version made from an earlier one by accepting rewrites. */
  parseSource: 'rules' | 'ai' | 'json-resume' | 'edited';
}

export interface ParseResult {
  detectedType: string;
  sha256: string;
  parsed: JsonResume;
  warnings: ResumeWarning[];
  source: ParsedResume['parseSource'];
}

export interface KnowledgeChunkInput {
  position: number;
  heading: string;
  content: string;
  embedding: number[];
}

export interface KnowledgeHit {
  documentPath: string;
  /** The document's title (its first heading). */
  title: string;
  heading: string;
  content: string;
  /** Cosine similarity, 1 = same direction. */
  similarity: number;
}

export interface ConversationStore {
  /** Finds or creates the sender's user and platform identity, and the conversation for a thread. */
  open(threadId: string, account: PlatformAccount): Promise<Conversation>;
  /**
   * open() and recordIncoming() in one: for a known sender in a known thread it takes a single
   * database round trip. firstTime is false when this platform message id was seen before.
   */
  receive(
    threadId: string,
    account: PlatformAccount,
    platformMessageId: string,
    text: string,
    extra: Record<string, unknown>,
  ): Promise<{ conversation: Conversation; firstTime: boolean }>;
  /** Records an incoming message; false when this platform message id was seen before. */
  recordIncoming(conversationId: string, platformMessageId: string, text: string, extra: Record<string, unknown>): Promise<boolean>;
  recordOutgoing(conversationId: string, message: OutgoingMessage, platformMessageId?: string | null): Promise<string>;
  updateOutgoing(messageId: string, message: OutgoingMessage): Promise<void>;
  setPlatformMessageId(messageId: string, platformMessageId: string): Promise<void>;
  getOutgoing(messageId: string): Promise<StoredOutgoing | undefined>;
  /** The platform thread a conversation lives in, for jobs that reply later. */
  threadOf(conversationId: string): Promise<string | undefined>;
  /** The user's most recently active conversation, for news that is not a reply (a plan started). */
  latestOf(userId: string): Promise<{ conversationId: string; threadId: string } | undefined>;
  history(threadId: string, limit: number): Promise<HistoryEntry[]>;
  /** The flow free text goes to in this conversation (awaiting a JD, editing a bullet), if any. */
  flowOf(conversationId: string): Promise<{ flow: string; state: unknown } | undefined>;
  setFlow(conversationId: string, flow: string | null, state?: unknown): Promise<void>;
  /** `threadId:platformMessageId` of incoming messages since a time, oldest first (seeds duplicate filters). */
  recentIncomingKeys(since: Date, limit: number): Promise<string[]>;
}

export interface ResumeStore {
  /** Creates the next version for the user, status 'received'. */
  createUpload(upload: NewUpload): Promise<ResumeRecord>;
  get(resumeId: string): Promise<ResumeRecord | undefined>;
  /** The user's newest version, whatever its status. */
  latestFor(userId: string): Promise<ResumeRecord | undefined>;
  /** The parse job has been queued, or has started. */
  setStatus(resumeId: string, status: 'queued' | 'parsing'): Promise<void>;
  saveParsed(resumeId: string, result: ParseResult): Promise<void>;
  /** A parsed version: the given number, or the newest parsed one. */
  parsedVersion(userId: string, version?: number): Promise<ParsedResume | undefined>;
  /** All of a user's versions, newest first (without their content). */
  versions(userId: string): Promise<ResumeRecord[]>;
  /** A new version made from an earlier one (accepted rewrites): no file, already parsed. */
  createEdited(from: ParsedResume, parsed: JsonResume, warnings: ResumeWarning[]): Promise<ParsedResume>;
  /** Marks the version failed and forgets its file key; the caller deletes the bytes. */
  markFailed(resumeId: string, reason: string): Promise<void>;
  /** Removes an upload that could not be completed, so no half-written record remains. */
  remove(resumeId: string): Promise<void>;
}

export interface KnowledgeStore {
  /** Replaces a document's chunks when its content hash changed; returns false when unchanged. */
  upsertDocument(path: string, title: string, contentHash: string, model: string, chunks: KnowledgeChunkInput[]): Promise<boolean>;
  search(model: string, embedding: number[], limit: number): Promise<KnowledgeHit[]>;
  /** Each stored document's content hash, so unchanged files are not embedded again. */
  contentHashes(): Promise<Map<string, string>>;
  /** Removes documents whose files are gone; returns how many. */
  removeAllExcept(paths: string[]): Promise<number>;
  /** 'pgvector' when the extension is installed, else 'exact-cosine'. */
  readonly vectorSearchMode: 'pgvector' | 'exact-cosine';
}

/** One AI call attempt: what it cost and how it went. */
export interface UsageRow {
  userId: string | null;
  task: string;
  provider: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  latencyMs: number;
  outcome: string;
}

export interface UsageSummary {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  byTask: Array<{ task: string; calls: number; tokens: number }>;
}

export interface UsageStore {
  /** Settles once the row is written (rows may be written in batches, shortly after). */
  record(row: UsageRow): Promise<void>;
  /** A user's successful calls since a time (the start of their month), including rows still batched. */
  summaryFor(userId: string, since: Date): Promise<UsageSummary>;
}

export interface OptimizationStore {
  create(input: { userId: string; resumeId: string; jobDescription: string }): Promise<OptimizationRecord>;
  get(id: string): Promise<OptimizationRecord | undefined>;
  latestFor(userId: string): Promise<OptimizationRecord | undefined>;
  saveReport(id: string, requirements: Requirements, report: MatchReport, suggestions: RewriteSuggestion[]): Promise<void>;
  setSuggestions(id: string, suggestions: RewriteSuggestion[]): Promise<void>;
  /** The text of a JD that arrived as a file, once read. */
  setJobDescription(id: string, text: string): Promise<void>;
  markFailed(id: string): Promise<void>;
}

export interface SavedPitch {
  text: string;
  targetSeconds: number | null;
  createdAt: Date;
}

export interface PitchStore {
  save(userId: string, text: string, targetSeconds?: number): Promise<void>;
  latest(userId: string): Promise<SavedPitch | undefined>;
}

export interface MemoryTurn {
  seq: number;
  direction: 'in' | 'out';
  text: string;
}

/** A conversation's running summary and the turns after it (core/agents/strategist/memory.ts). */
export interface MemoryStore {
  load(conversationId: string): Promise<{ summary: string; throughSeq: number } | undefined>;
  /** The newest typed turns after a message, oldest first (button presses are not turns). */
  turnsAfter(conversationId: string, afterSeq: number, limit: number): Promise<MemoryTurn[]>;
  save(conversationId: string, summary: string, throughSeq: number): Promise<void>;
}

export interface Store {
  readonly kind: 'pglite' | 'postgres';
  /** The in-process queue's journal for one owner, e.g. 'server' or 'terminal:alice'. */
  jobJournal(owner: string): JobJournal;
  conversations: ConversationStore;
  resumes: ResumeStore;
  optimizations: OptimizationStore;
  interviews: InterviewStore;
  pitches: PitchStore;
  stories: StoryStore;
  plans: PlanStore;
  /** The language each user is answered in. */
  languages: LanguageStore;
  /** Spaced re-practice of weakly answered questions. */
  practice: PracticeStore;
  /** The coach's running summaries of conversations. */
  memory: MemoryStore;
  billing: BillingStore;
  admin: AdminStore;
  privacy: PrivacyStore;
  /** /link codes, and merging two accounts' users into one. */
  links: LinkStore;
  /** What the daily purge deletes once RETENTION_DAYS have passed. */
  retention: RetentionStore;
  knowledge: KnowledgeStore;
  usage: UsageStore;
  ping(): Promise<void>;
  close(): Promise<void>;
}

// The whole data model. Migrations in db/migrations are generated from this file offline with
// `npm run db:generate` (drizzle-kit) and applied to Postgres and PGlite alike.
import {
  bigint,
  boolean,
  bigserial,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable('users', {
  id: id(),
  displayName: text('display_name').notNull(),
  locale: text('locale'),
  /** The language replies are written in (ISO 639-1): chosen with /language, else detected. */
  language: text('language'),
  /** True once the user chose the language with /language; detection no longer changes it. */
  languageChosen: boolean('language_chosen').notNull().default(false),
  /** False after /practice off: no drill DMs until /practice is used again. */
  practiceReminders: boolean('practice_reminders').notNull().default(true),
  tier: text('tier').notNull().default('free'),
  createdAt: createdAt(),
});

/** A one-time /link code: sent from another platform, it joins that account to this user. Only its hash is stored. */
export const linkCodes = pgTable('link_codes', {
  codeHash: text('code_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: createdAt(),
});

/** One row per platform account; several may map to one user (cross-platform linking). */
export const platformIdentities = pgTable(
  'platform_identities',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    /** Slack workspace or Discord guild; '' where the platform has none. */
    workspaceId: text('workspace_id').notNull().default(''),
    platformUserId: text('platform_user_id').notNull(),
    displayName: text('display_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('platform_identities_account').on(t.platform, t.workspaceId, t.platformUserId)],
);

export const conversations = pgTable(
  'conversations',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    threadId: text('thread_id').notNull(),
    platform: text('platform').notNull(),
    /** The flow that free text goes to (interview, pitch…); null means the default coach. */
    activeFlow: text('active_flow'),
    flowState: jsonb('flow_state'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('conversations_thread').on(t.threadId)],
);

export const messages = pgTable(
  'messages',
  {
    id: id(),
    /** Insertion order: timestamps can tie (PGlite's clock is coarse), a sequence cannot. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    direction: text('direction', { enum: ['in', 'out'] }).notNull(),
    /** The platform's id once known; unique per conversation so a redelivered event is seen once. */
    platformMessageId: text('platform_message_id'),
    text: text('text').notNull(),
    /** Buttons and files of an outgoing message; attachment names/sizes of an incoming one. */
    extra: jsonb('extra').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('messages_platform_id').on(t.conversationId, t.direction, t.platformMessageId),
    index('messages_conversation_order').on(t.conversationId, t.seq),
  ],
);

export const resumes = pgTable(
  'resumes',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    /** 1, 2, 3… per user; every upload or accepted rewrite is a new version. */
    version: integer('version').notNull(),
    fileKey: text('file_key'),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256'),
    detectedType: text('detected_type'),
    status: text('status', { enum: ['received', 'stored', 'queued', 'parsing', 'parsed', 'failed'] })
      .notNull()
      .default('received'),
    /** The structured resume (JSON Resume, core/resume/json-resume.ts) once parsed. */
    parsed: jsonb('parsed'),
    /** What the user could improve (core/resume/warnings.ts). */
    warnings: jsonb('warnings'),
    /** Who structured it: 'rules' (offline parser), 'ai' (grounded model output) or 'json-resume'. */
    parseSource: text('parse_source'),
    failureReason: text('failure_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('resumes_user_version').on(t.userId, t.version)],
);

export const optimizations = pgTable('optimizations', {
  id: id(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  resumeId: uuid('resume_id').references(() => resumes.id, { onDelete: 'cascade' }),
  jobDescription: text('job_description').notNull(),
  requirements: jsonb('requirements'),
  /** The match report (core/optimize/match.ts). */
  report: jsonb('report'),
  /** Rewrite suggestions with their state: pending, accepted, edited, skipped. */
  suggestions: jsonb('suggestions'),
  matchScore: integer('match_score'),
  /** queued → done, or failed; the JD's text stays here, never in a job payload. */
  status: text('status', { enum: ['queued', 'done', 'failed'] }).notNull().default('queued'),
  createdAt: createdAt(),
});

export const interviewSessions = pgTable('interview_sessions', {
  id: id(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  conversationId: uuid('conversation_id').references(() => conversations.id, { onDelete: 'set null' }),
  role: text('role'),
  kind: text('kind', { enum: ['behavioral', 'technical', 'mixed'] }).notNull().default('mixed'),
  level: text('level', { enum: ['junior', 'mid', 'senior'] }).notNull().default('mid'),
  company: text('company'),
  status: text('status', { enum: ['active', 'ended', 'reported'] }).notNull().default('active'),
  /** The question being asked (0-based), and the follow-ups asked on it so far. */
  position: integer('position').notNull().default(0),
  followUps: integer('follow_ups').notNull().default(0),
  /** Abandoned sessions are closed after a quiet period counted from here. */
  lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
  overallScore: real('overall_score'),
  report: jsonb('report'),
  createdAt: createdAt(),
  endedAt: timestamp('ended_at', { withTimezone: true }),
}, (t) => [uniqueIndex('interview_sessions_one_active').on(t.userId).where(sql`status = 'active'`)]);

export const interviewQuestions = pgTable('interview_questions', {
  id: id(),
  sessionId: uuid('session_id')
    .notNull()
    .references(() => interviewSessions.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  text: text('text').notNull(),
  competency: text('competency'),
  source: text('source', { enum: ['resume', 'job', 'bank'] }).notNull(),
  /** What a strong answer holds at the session's level, a follow-up and a hint. */
  guidance: jsonb('guidance'),
  createdAt: createdAt(),
});

export const interviewMessages = pgTable('interview_messages', {
  id: id(),
  sessionId: uuid('session_id')
    .notNull()
    .references(() => interviewSessions.id, { onDelete: 'cascade' }),
  questionId: uuid('question_id').references(() => interviewQuestions.id, { onDelete: 'cascade' }),
  role: text('role', { enum: ['interviewer', 'candidate'] }).notNull(),
  text: text('text').notNull(),
  /** How a voice answer was said (core/voice/delivery.ts): words per minute, fillers, long pauses. */
  delivery: jsonb('delivery'),
  createdAt: createdAt(),
});

/** STAR rubric scores for one candidate answer, each with evidence and one improvement. */
export const answerScores = pgTable(
  'answer_scores',
  {
    id: id(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => interviewMessages.id, { onDelete: 'cascade' }),
    scores: jsonb('scores').notNull(),
    overall: real('overall').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('answer_scores_message').on(t.messageId)],
);

/**
 * Spaced re-practice: a question the user answered below 3, due again after 1, 3, 7… days.
 * A good retry moves it further out; one past the last step is retired.
 */
export const practiceItems = pgTable(
  'practice_items',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    /** Where the drill is sent: the chat of the interview it came from. */
    conversationId: uuid('conversation_id').references(() => conversations.id, { onDelete: 'set null' }),
    question: text('question').notNull(),
    lastScore: real('last_score').notNull(),
    /** The one thing to fix, from the weakest criterion of the last score. */
    fix: text('fix').notNull(),
    /** Index into the spacing (core/practice/schedule.ts). */
    step: integer('step').notNull().default(0),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: ['waiting', 'retired'] }).notNull().default('waiting'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('practice_items_question').on(t.userId, t.question), index('practice_items_due').on(t.userId, t.status, t.dueAt)],
);

/** One retry of a practice question, scored on the same STAR rubric as an interview answer. */
export const practiceAttempts = pgTable('practice_attempts', {
  id: id(),
  itemId: uuid('item_id')
    .notNull()
    .references(() => practiceItems.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  answer: text('answer').notNull(),
  /** How it was said, for a voice answer: words per minute, fillers, long pauses. */
  delivery: jsonb('delivery'),
  scores: jsonb('scores'),
  overall: real('overall'),
  createdAt: createdAt(),
});

/** Elevator pitches the user saved with /pitch; the newest is "their pitch". */
export const pitches = pgTable('pitches', {
  id: id(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
  targetSeconds: integer('target_seconds'),
  createdAt: createdAt(),
});

/** STAR stories the user confirmed, reused by /pitch and interview model answers. */
export const stories = pgTable(
  'stories',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    situation: text('situation').notNull(),
    task: text('task').notNull(),
    action: text('action').notNull(),
    result: text('result').notNull(),
    /** Where it came from: an interview answer, a resume bullet, or the coach chat. */
    source: text('source', { enum: ['interview', 'resume', 'chat'] }).notNull(),
    /** What it was drawn from (an answer's message id, a bullet's hash), so it is offered once. */
    sourceRef: text('source_ref').notNull(),
    /** 'dismissed': the user tapped Skip, so it is not offered again. */
    status: text('status', { enum: ['saved', 'dismissed'] }).notNull().default('saved'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('stories_user_source').on(t.userId, t.sourceRef)],
);

/** A day-by-day plan towards an interview; its reminders are delayed jobs, one per day. */
export const prepPlans = pgTable(
  'prep_plans',
  {
    id: id(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    company: text('company'),
    role: text('role'),
    /** The interview's calendar day, YYYY-MM-DD. */
    interviewDate: text('interview_date').notNull(),
    days: jsonb('days').notNull(),
    status: text('status', { enum: ['active', 'cancelled'] }).notNull().default('active'),
    createdAt: createdAt(),
  },
  (t) => [
    index('prep_plans_user').on(t.userId, t.createdAt),
    // One active plan per user, even when two are made at the same moment.
    uniqueIndex('prep_plans_one_active').on(t.userId).where(sql`status = 'active'`),
  ],
);

/** The coach's running summary of a conversation: older turns folded in, so prompts stay bounded. */
export const conversationMemory = pgTable('conversation_memory', {
  conversationId: uuid('conversation_id')
    .primaryKey()
    .references(() => conversations.id, { onDelete: 'cascade' }),
  summary: text('summary').notNull(),
  /** The last message (messages.seq) the summary covers. */
  throughSeq: bigint('through_seq', { mode: 'number' }).notNull(),
  updatedAt: updatedAt(),
});

export const subscriptions = pgTable(
  'subscriptions',
  {
    id: id(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** Team tier: the Slack workspace or Discord guild the seats belong to. */
    workspaceId: text('workspace_id'),
    provider: text('provider', { enum: ['stripe', 'paddle', 'manual'] }).notNull(),
    providerCustomerId: text('provider_customer_id'),
    providerSubscriptionId: text('provider_subscription_id'),
    tier: text('tier', { enum: ['free', 'pro', 'team'] }).notNull(),
    status: text('status').notNull(),
    seats: integer('seats').notNull().default(1),
    currentPeriodEnd: timestamp('current_period_end', { withTimezone: true }),
    /** When the provider's event that set the status happened: an older event arriving late changes nothing. */
    statusAt: timestamp('status_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('subscriptions_provider_id').on(t.provider, t.providerSubscriptionId), index('subscriptions_workspace').on(t.workspaceId)],
);

/** Webhook events already applied, by provider and event id: a replay changes nothing. */
export const billingEvents = pgTable(
  'billing_events',
  {
    id: id(),
    provider: text('provider', { enum: ['stripe', 'paddle'] }).notNull(),
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    receivedAt: createdAt(),
  },
  (t) => [uniqueIndex('billing_events_provider_event').on(t.provider, t.eventId)],
);

/** People who may use the web admin (created with `intervai admin create EMAIL`). */
export const admins = pgTable('admins', {
  id: id(),
  email: text('email').notNull().unique(),
  /** bcrypt. */
  passwordHash: text('password_hash').notNull(),
  createdAt: createdAt(),
});

/** Signed-in admin browsers: the cookie holds a random token; only its hash is stored. */
export const adminSessions = pgTable('admin_sessions', {
  tokenHash: text('token_hash').primaryKey(),
  adminId: uuid('admin_id')
    .notNull()
    .references(() => admins.id, { onDelete: 'cascade' }),
  /** Every form posts it back: a page on another site cannot. */
  csrfToken: text('csrf_token').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: createdAt(),
});

/** Every admin action, kept even when the admin or the user it touched is deleted. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    adminEmail: text('admin_email').notNull(),
    action: text('action').notNull(),
    /** What it acted on, e.g. a user id. */
    target: text('target'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_time').on(t.createdAt)],
);

export const usageRecords = pgTable(
  'usage_records',
  {
    id: id(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    task: text('task').notNull(),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    inputTokens: integer('input_tokens').notNull().default(0),
    outputTokens: integer('output_tokens').notNull().default(0),
    costUsd: numeric('cost_usd', { precision: 12, scale: 6 }).notNull().default('0'),
    latencyMs: integer('latency_ms').notNull().default(0),
    /** 'ok', or why the attempt failed ('timeout', 'http_429', 'http_500'…); failed attempts cost nothing. */
    outcome: text('outcome').notNull().default('ok'),
    createdAt: createdAt(),
  },
  (t) => [index('usage_user_time').on(t.userId, t.createdAt)],
);

export const knowledgeDocuments = pgTable(
  'knowledge_documents',
  {
    id: id(),
    path: text('path').notNull(),
    title: text('title').notNull(),
    /** sha256 of the markdown; unchanged files are not embedded again. */
    contentHash: text('content_hash').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('knowledge_documents_path').on(t.path)],
);

/**
 * Embeddings are stored as real[] so the same migration runs with or without pgvector; with
 * the extension, search casts them to vector (see db/repositories/knowledge.ts).
 */
export const knowledgeChunks = pgTable(
  'knowledge_chunks',
  {
    id: id(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => knowledgeDocuments.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    heading: text('heading').notNull().default(''),
    content: text('content').notNull(),
    embeddingModel: text('embedding_model').notNull(),
    embedding: real('embedding').array().notNull(),
    embeddingNorm: real('embedding_norm').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('knowledge_chunks_model').on(t.embeddingModel), index('knowledge_chunks_document').on(t.documentId)],
);


/**
 * The in-process queue's journal (embedded mode): jobs are written here before they run, so a
 * restart resumes unfinished work, and a finished job id is remembered for a day so a
 * duplicate enqueue is dropped. BullMQ keeps the same facts in Redis.
 */
export const jobJournal = pgTable(
  'job_journal',
  {
    jobId: text('job_id').primaryKey(),
    /** Which kind of process runs it ('server', 'terminal:alice'): each resumes only its own. */
    owner: text('owner').notNull(),
    name: text('name').notNull(),
    /** Ids only, never personal text (see core/ports/job-queue.ts). */
    payload: jsonb('payload').notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    /** Tries started, counted before each run, so a job that crashes the process still runs out. */
    attempts: integer('attempts').notNull().default(0),
    outcome: text('outcome', { enum: ['done', 'failed'] }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('job_journal_unfinished').on(t.owner, t.finishedAt, t.runAt)],
);

// The conversation router: every incoming event from every adapter lands here. It identifies
// the user, records the message once, and sends it to a command, an upload or the active flow.
import { AppError, userMessageOf } from '../errors.ts';
import type { EventHandler } from '../model/adapter.ts';
import { commandButton } from '../model/message.ts';
import type { Author, IncomingEvent, Platform } from '../model/message.ts';
import type { DuplicateFilter, RateLimiter } from '../ports/event-guards.ts';
import type { Logger } from '../ports/logger.ts';
import type { Conversation, PlatformAccount } from '../ports/store.ts';
import { parseCommand } from './commands.ts';
import type { Coach } from '../coach/coach.ts';
import { createKeyedSerializer } from './keyed-serializer.ts';
import { createKnownSenders, type KnownSenders } from './known-senders.ts';
import type { ConversationRef, Outbox } from './outbox.ts';
import { receiveUpload, type UploadDeps } from './receive-upload.ts';
import * as replies from './replies.ts';
import { showResume } from '../resume/show-resume.ts';
import { exportResume } from '../resume/export-resume.ts';
import { awaitingJobDescription, decideRewrite, editedBullet, editingBullet, optimizeFile, optimizeText, startOptimize } from '../optimize/optimize-flow.ts';
import { optimizeCancelled } from '../optimize/optimize-replies.ts';
import { coverLetter } from '../optimize/cover-letter.ts';
import type { AiGateway } from '../ai/gateway.ts';
import { createFlows, type ActiveFlow, type Flows } from './flows.ts';
import type { RoleplayGraph } from '../agents/roleplay/graph.ts';
import { endInterview, interviewTurn, interviewing, startInterview } from '../interview/interview-flow.ts';
import { exportReport } from '../interview/export-report.ts';
import { pitchAction, pitchText, pitching, startPitch } from '../pitch/pitch-flow.ts';
import type { StrategistGraph } from '../agents/strategist/graph.ts';
import { strategistReply } from '../agents/strategist/strategist-reply.ts';
import type { Handoff } from '../agents/strategist/turn.ts';
import { awaitingInterviewDate, planFromText, startPlan } from '../plan/plan-flow.ts';
import { showStories, storyAction } from '../stories/stories-flow.ts';
import { inLanguage } from '../language/current.ts';
import { replyLanguageOf, setLanguage } from '../language/language-flow.ts';
import { drillAnswer, isDrillAnswer, practiceButton, practicing, startPractice } from '../practice/practice-flow.ts';
import { exportUserData } from '../privacy/export-user.ts';
import { askToForget, confirmForget } from '../privacy/forget-flow.ts';
import { link } from '../identity/link-flow.ts';
import { openBillingPortal, startUpgrade } from '../billing/billing-flow.ts';
import { quotaExhausted, quotaSummary } from '../billing/billing-replies.ts';
import { checkQuota, monthStart, quotaStatus, type QuotaCheck } from '../billing/quota.ts';
import { offlineGateway } from '../ai/offline-gateway.ts';
import type { BillingProviders } from '../billing/subscription.ts';
import type { QuotaKind, Tier, TierPlan } from '../billing/tiers.ts';
import { hearVoiceNote, isVoiceNote } from '../voice/receive-voice.ts';
import type { Delivery } from '../voice/delivery.ts';

export interface RouterDeps extends UploadDeps {
  aiConfigured: boolean;
  /** The interviewer's judgement and the STAR rubric: with AI when configured, else rules. */
  coach: Coach;
  /** Every model call (the Strategist, cover letters); unavailable without keys. */
  ai: AiGateway;
  /** The clock plans and their reminders follow; tests move it. */
  now?: () => Date;
  /** The plans and their monthly quotas. */
  tiers: Record<Tier, TierPlan>;
  /** Stripe and Paddle, when configured: /upgrade uses `checkout`, /billing the user's own provider. */
  billing: BillingProviders;
  /** Drops what this process caches about a user being forgotten (AI results, known senders). */
  forgetCaches?: (userId: string) => Promise<void>;
  /** Spacing of the edits that show a streamed answer. */
  streamEditIntervalMs?: number;
  rateLimiter: RateLimiter;
  /**
   * Drops redelivered events before any database work (Redis, or memory in the single embedded
   * process). Where it vouches for an event, a returning user's answer waits for no database.
   */
  duplicates?: DuplicateFilter;
  /** Shared with whatever deletes or merges users, so it can drop their entries. */
  knownSenders?: KnownSenders;
  /** Where free text goes when a flow awaits it; kept in memory only in the single embedded process. */
  flows?: Flows;
}

interface Received {
  conversation: Conversation;
  /** Stores the incoming message, once however often it is called; never rejects (failures are logged). */
  record(): Promise<void>;
}

export function createRouter(deps: RouterDeps): EventHandler {
  const { store, outbox, logger } = deps;
  const serial = createKeyedSerializer();
  const senders = deps.knownSenders ?? createKnownSenders();
  const flows = deps.flows ?? createFlows(store, false);
  const optimizeDeps = { ...deps, flows, aiAllowed: (userId: string) => checkQuota(billingDeps, userId, 'aiTokens').then((c) => c.ok) };
  let roleplay: Promise<RoleplayGraph> | undefined;
  const interviewDeps = { ...deps, flows, roleplay: () => (roleplay ??= import('../agents/roleplay/graph.ts').then((m) => m.createRoleplayGraph(deps.coach))) };
  const planDeps = { ...deps, flows, now: deps.now ?? (() => new Date()) };
  const billingDeps = { ...planDeps, billing: deps.store.billing, providers: deps.billing };

  const forgetDeps = {
    ...planDeps,
    billing: deps.billing,
    forgetCaches: async (userId: string, conversationIds: string[]) => {
      senders.dropUser(userId);
      for (const id of conversationIds) await flows.clear(id).catch(() => {});
      await deps.forgetCaches?.(userId);
    },
  };

  /** Every way into an interview (the command, its buttons, the Strategist's hand-over) passes the quota. */
  async function interviewWithinQuota(to: ConversationRef, userId: string, options: Parameters<typeof startInterview>[3]): Promise<void> {
    // The quota counts interviews started: one under way is always let through to say so.
    if (!(await store.interviews.active(userId)) && !(await withinQuota(userId, 'interviews', to))) return;
    await startInterview(interviewDeps, to, userId, options);
  }

  /** True when one more of `kind` fits the user's plan this month; else they are told, once, with the way to more. */
  async function withinQuota(userId: string, kind: QuotaKind, to: ConversationRef): Promise<boolean> {
    const check = await checkQuota(billingDeps, userId, kind);
    if (!check.ok) await outbox.send(to, quotaExhausted(check, deps.tiers));
    return check.ok;
  }
  const languageDeps = { store, outbox, forgetSender: (userId: string) => senders.dropUser(userId) };
  let strategist: Promise<StrategistGraph> | undefined;
  const strategistDeps = {
    ...planDeps,
    graph: () => (strategist ??= import('../agents/strategist/graph.ts').then((m) => m.createStrategistGraph())),
    aiQuota: (userId: string) => checkQuota(billingDeps, userId, 'aiTokens'),
    quotaMessage: (check: Extract<QuotaCheck, { ok: false }>) => quotaExhausted(check, deps.tiers),
    startFlow: (to: ConversationRef, userId: string, handoff: Handoff) =>
      handoff.flow === 'interview' ? interviewWithinQuota(to, userId, handoff.options) : startPitch(optimizeDeps, to, userId, String(handoff.seconds ?? '')),
  };

  /** The guards live in Redis; while it is down, events go through (the database still drops duplicates). */
  async function guard<T>(check: () => Promise<T | undefined> | undefined, whenUnavailable: T): Promise<T> {
    try {
      return (await check()) ?? whenUnavailable;
    } catch (error) {
      logger.warn({ err: error }, 'event guard unavailable; letting the event through');
      return whenUnavailable;
    }
  }

  async function handle(event: IncomingEvent): Promise<void> {
    if (event.author.isBot) return;
    // true: surely new; false: a redelivery; undefined: only the database can tell.
    const fresh = deps.duplicates ? await guard(() => deps.duplicates!.firstTime(`${event.threadId}:${event.id}`), undefined) : undefined;
    if (fresh === false) return;
    // Flood control comes before any database work; a flood gets one "slow down", not one each.
    const rate = await guard(() => deps.rateLimiter.take(`${event.platform}:${event.author.workspaceId}:${event.author.userId}`), { allowed: true, firstRefusal: false });
    if (!rate.allowed && !rate.firstRefusal) return;
    const account = accountOf(event.platform, event.author);
    if (!rate.allowed) {
      const conversation = await store.conversations.open(event.threadId, account);
      return void (await outbox.send({ conversationId: conversation.id, threadId: event.threadId }, replies.slowDown()));
    }
    const text = event.kind === 'message' ? event.text.trim() : event.value;
    const extra =
      event.kind === 'message'
        ? { attachments: event.attachments.map((a) => ({ name: a.name, mimeType: a.mimeType, size: a.size })) }
        : { action: event.actionId };
    const received = await receive(event, account, text, extra, fresh === true);
    if (!received) return;
    const to: ConversationRef = { conversationId: received.conversation.id, threadId: event.threadId, recordIncoming: received.record };
    try {
      const command = parseCommand(text);
      // The conversation's flow, read at most once per event (a database read outside the embedded process).
      let flowRead: Promise<ActiveFlow | undefined> | undefined;
      const currentFlow = () => (flowRead ??= flows.get(received.conversation.id));
      // Only what the user writes to the coach tells their language: an interview answer or a
      // pasted job description may well be in another language than the one they want answers in.
      const toCoach = event.kind === 'message' && event.attachments.length === 0 && !command && !(await currentFlow());
      const language = await replyLanguageOf(languageDeps, to, received.conversation, toCoach ? text : '');
      await inLanguage(language, () => dispatch(event, text, command, currentFlow, received, to));
    } catch (error) {
      // Expected problems (a too-large file…) are the user's to fix: no stack in the log.
      if (error instanceof AppError) logger.info({ code: error.code, threadId: event.threadId }, 'event refused');
      else logger.error({ err: error, threadId: event.threadId }, 'event handling failed');
      await outbox.send(to, { text: userMessageOf(error) });
    } finally {
      await received.record();
    }
  }

  /**
   * Says who sent the event, or undefined for an event seen before. When the duplicate filter
   * vouches for the event and the sender is known, nothing touches the database before the
   * answer: the event is stored by `record`, which the outbox calls right after sending (so
   * history keeps its order) and the router calls when it is done in any case.
   */
  async function receive(event: IncomingEvent, account: PlatformAccount, text: string, extra: Record<string, unknown>, vouched: boolean): Promise<Received | undefined> {
    const known = vouched ? senders.get(event.threadId, account) : undefined;
    if (known) {
      const write = () =>
        store.conversations.recordIncoming(known.id, event.id, text, extra).then(
          (firstTime) => void (firstTime || logger.warn({ threadId: event.threadId }, 'the database had this event already; the duplicate filter had forgotten it')),
          // A stale hint (the user was deleted meanwhile): record through the full path instead.
          () => {
            senders.drop(event.threadId, account);
            return store.conversations.receive(event.threadId, account, event.id, text, extra).then(
              () => {},
              (error: unknown) => logger.error({ err: error, threadId: event.threadId }, 'incoming message could not be recorded'),
            );
          },
        );
      let stored: Promise<void> | undefined;
      return { conversation: known, record: () => (stored ??= write()) };
    }
    // Platforms redeliver events; a message id the database has seen is not handled again.
    const { conversation, firstTime } = await store.conversations.receive(event.threadId, account, event.id, text, extra);
    if (!firstTime) return undefined;
    senders.remember(conversation, account);
    return { conversation, record: () => Promise.resolve() };
  }

  async function dispatch(
    event: IncomingEvent,
    text: string,
    command: ReturnType<typeof parseCommand>,
    currentFlow: () => Promise<ActiveFlow | undefined>,
    { conversation, record }: Received,
    to: ConversationRef,
  ) {
    const welcome = () => outbox.send(to, replies.welcome(firstName(event.author.userName), deps.aiConfigured));
    /** Text that is no command, typed or heard in a voice note (whose delivery an interview keeps with the answer). */
    async function freeText(said: string, delivery?: Delivery) {
      const flow = await currentFlow();
      if (flow?.flow === awaitingJobDescription) return record().then(() => optimizeText(optimizeDeps, to, conversation.userId, said));
      if (flow?.flow === editingBullet) return record().then(() => editedBullet(optimizeDeps, to, conversation.userId, flow.state, said));
      if (flow?.flow === pitching) return record().then(() => pitchText(optimizeDeps, to, flow.state, said));
      if (flow?.flow === interviewing) return record().then(() => interviewTurn(interviewDeps, to, conversation.userId, said, (flow.state as { sessionId: string }).sessionId, delivery));
      if (flow?.flow === awaitingInterviewDate) return record().then(() => planFromText(planDeps, to, conversation.userId, said));
      if (flow?.flow === practicing && isDrillAnswer(said, flow, planDeps.now())) return record().then(() => drillAnswer(planDeps, to, conversation.userId, flow.state, said, delivery));
      // Anything else (stories under review included) is the Strategist's.
      return strategistReply(strategistDeps, to, conversation.userId, said, record);
    }
    // Whatever a new user does first, they meet the bot before the answer.
    if (conversation.isNewUser && command?.name !== 'start') await welcome();

    if (event.kind === 'action') {
      if (event.actionId === 'upload-resume') return void (await outbox.send(to, replies.uploadInstructions()));
      if (event.actionId === 'rewrite') return record().then(() => decideRewrite(optimizeDeps, to, conversation.userId, event.value));
      if (event.actionId === 'pitch') return record().then(() => pitchAction(optimizeDeps, to, conversation.userId, event.value));
      if (event.actionId === 'interview') return record().then(() => interviewTurn(interviewDeps, to, conversation.userId, event.value));
      if (event.actionId === 'story') return record().then(() => storyAction(optimizeDeps, to, conversation.userId, event.value));
      if (event.actionId === 'practice') return record().then(() => practiceButton(planDeps, to, conversation.userId, event.value));
      if (event.actionId === 'forget') {
        // Recorded first, so the press is deleted with the rest and nothing is written after.
        await record();
        return confirmForget(forgetDeps, to, conversation.userId, event.value === 'confirm');
      }
      if (event.actionId === 'optimize-cancel') {
        await flows.clear(conversation.id);
        return void (await outbox.send(to, optimizeCancelled));
      }
      if (event.actionId !== 'command') return void (await outbox.send(to, replies.unknownCommand('that button')));
    } else if (event.attachments.length > 0) {
      // Work beyond an instant answer starts once the event is on record.
      await record();
      const flow = await currentFlow();
      // A voice note is an answer said aloud, never a resume: heard, then handled as typed text.
      const voice = event.attachments.find(isVoiceNote);
      if (voice) {
        const heard = await hearVoiceNote(strategistDeps, to, conversation.userId, voice, [interviewing, pitching, practicing].includes(flow?.flow ?? ''));
        return heard && freeText(heard.text, heard.delivery);
      }
      // While a job description is awaited, a file is that job description, not a resume.
      if (flow?.flow === awaitingJobDescription) return optimizeFile(optimizeDeps, to, conversation.userId, event.attachments[0]!);
      for (const attachment of event.attachments) {
        if (!(await withinQuota(conversation.userId, 'resumeParses', to))) return;
        await receiveUpload(deps, to, conversation.userId, attachment);
      }
      return;
    } else if (text === '') {
      return void (await outbox.send(to, replies.emptyMessage()));
    }

    if (!command) return freeText(text);
    if (command.name === 'start') return void (await welcome());
    if (command.name === 'help') return void (await outbox.send(to, replies.help()));
    if (command.name === 'resume') return void (await outbox.send(to, await showResume(store.resumes, conversation.userId, command.args)));
    if (command.name === 'optimize') {
      await record();
      if (!(await withinQuota(conversation.userId, 'optimizations', to))) return;
      return startOptimize(optimizeDeps, to, conversation.userId, command.args);
    }
    if (command.name === 'pitch') return record().then(() => startPitch(optimizeDeps, to, conversation.userId, command.args));
    if (command.name === 'interview') return record().then(() => interviewWithinQuota(to, conversation.userId, command.args));
    if (command.name === 'link') return record().then(() => link(forgetDeps, to, conversation.userId, command.args, event.shared === true));
    if (command.name === 'forget') return void (await outbox.send(to, await askToForget(store, conversation.userId)));
    if (command.name === 'export-data') return void (await outbox.send(to, await exportUserData(store.privacy, deps.files, conversation.userId, planDeps.now())));
    if (command.name === 'upgrade') return record().then(() => startUpgrade(billingDeps, to, conversation.userId, command.args, workspaceOf(event)));
    if (command.name === 'billing') return record().then(() => openBillingPortal(billingDeps, to, conversation.userId));
    if (command.name === 'plan') return record().then(() => startPlan(planDeps, to, conversation.userId, command.args));
    if (command.name === 'stories') return record().then(() => showStories(optimizeDeps, to, conversation.userId, command.args));
    if (command.name === 'language') return record().then(() => setLanguage(languageDeps, to, conversation, command.args));
    if (command.name === 'practice') return record().then(() => startPractice(planDeps, to, conversation.userId, command.args));
    if (command.name === 'end') return record().then(() => endInterview(interviewDeps, to, conversation.userId));
    if (command.name === 'export' && command.args.trim().toLowerCase() === 'report') return void (await outbox.send(to, await exportReport(store, deps.files, conversation.userId)));
    if (command.name === 'coverletter') {
      await record();
      // Out of AI tokens, the letter comes from the template (coverLetter's offline path).
      const ai = (await checkQuota(billingDeps, conversation.userId, 'aiTokens')).ok ? deps.ai : offlineGateway(deps.ai);
      return void (await outbox.send(to, await coverLetter(store.resumes, store.optimizations, ai, conversation.userId)));
    }
    if (command.name === 'export') return void (await outbox.send(to, await exportResume(store.resumes, deps.files, conversation.userId, command.args)));
    if (command.name === 'usage') {
      const since = monthStart(planDeps.now());
      const ai = replies.usageSummary(await store.usage.summaryFor(conversation.userId, since), since, deps.aiConfigured);
      const status = await quotaStatus(billingDeps, conversation.userId);
      const next = status.entitlement.tier === 'free' ? commandButton('Upgrade', '/upgrade') : commandButton('Manage my plan', '/billing');
      return void (await outbox.send(to, { text: `${quotaSummary(status, deps.tiers)}\n\n${ai.text}`, buttons: [next] }));
    }
    await outbox.send(to, replies.unknownCommand(`/${command.name}`));
  }

  // Events of one chat are handled in order; different chats run concurrently. When even the
  // database is unreachable there is no way to reply, so the failure is logged.
  return (event) =>
    serial.run(event.threadId, () => handle(event)).catch((error) => {
      logger.error({ err: error, threadId: event.threadId }, 'event could not be handled');
    });
}

/** The Slack team or Discord guild an event came from, as team plans name it; none in a DM-only platform. */
function workspaceOf(event: IncomingEvent): string | undefined {
  return event.author.workspaceId ? `${event.platform}:${event.author.workspaceId}` : undefined;
}

function accountOf(platform: Platform, author: Author): PlatformAccount {
  return { platform, workspaceId: author.workspaceId, platformUserId: author.userId, displayName: author.userName, locale: author.locale };
}

function firstName(userName: string): string {
  return userName.trim().split(/\s+/)[0] || 'there';
}

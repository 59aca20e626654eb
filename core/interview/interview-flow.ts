// /interview in the chat: options (asked with buttons when missing), the plan, then each
// message goes through the RolePlay graph. Answers are scored by the evaluate-answer job in
// the background; /end or the last question queues the report.
import type { RoleplayGraph } from '../agents/roleplay/graph.ts';
import { opening, questionText } from '../agents/roleplay/prompts.ts';
import type { Flows } from '../conversation/flows.ts';
import type { ConversationRef, Outbox } from '../conversation/outbox.ts';
import type { JobQueue } from '../ports/job-queue.ts';
import type { Store } from '../ports/store.ts';
import { yearsOfExperience } from '../optimize/match.ts';
import { parseInterviewArgs, type ParsedOptions } from './interview-options.ts';
import * as replies from './interview-replies.ts';
import { planInterview } from './plan.ts';
import type { Level } from './question-bank.ts';
import type { Delivery } from '../voice/delivery.ts';
import { say } from '../language/current.ts';

export interface InterviewDeps {
  store: Store;
  queue: JobQueue;
  outbox: Outbox;
  flows: Flows;
  /** The interviewer graph; built (and LangGraph loaded) on the first interview. */
  roleplay: () => Promise<RoleplayGraph>;
}

export const interviewing = 'interview';

/** `/interview`'s words, or options already known (the Strategist's hand-over). */
export async function startInterview(deps: InterviewDeps, to: ConversationRef, userId: string, args: string | ParsedOptions): Promise<void> {
  const running = await deps.store.interviews.active(userId);
  if (running) return void (await deps.outbox.send(to, replies.alreadyRunning(running.position, (await deps.store.interviews.questions(running.id)).length)));
  const options = typeof args === 'string' ? parseInterviewArgs(args) : args;
  if (!options.kind) return void (await deps.outbox.send(to, replies.askKind(options)));
  const resume = await deps.store.resumes.parsedVersion(userId);
  const optimization = await deps.store.optimizations.latestFor(userId);
  const years = resume ? yearsOfExperience(resume.parsed, new Date()) : 0;
  const suggested: Level = years >= 6 ? 'senior' : years >= 2 ? 'mid' : 'junior';
  if (!options.level) return void (await deps.outbox.send(to, replies.askLevel(options, resume ? suggested : '')));
  const role = options.role ?? optimization?.requirements?.displayTitle ?? resume?.parsed.basics.label ?? say({ en: 'the role', es: 'el puesto' });
  const seed = `${userId}:${Date.now()}`;
  const rewritten = (optimization?.suggestions ?? []).filter((s) => s.status === 'accepted' || s.status === 'edited').map((s) => s.rewrite);
  const plan = planInterview({ role, kind: options.kind, level: options.level, company: options.company }, seed, resume?.parsed, optimization?.requirements ?? undefined, rewritten);
  const session = await deps.store.interviews.start({ userId, conversationId: to.conversationId, role, kind: options.kind, level: options.level, company: options.company }, plan);
  if (!session) return void (await deps.outbox.send(to, replies.alreadyRunning(0, plan.length)));
  await deps.flows.set(to.conversationId, interviewing, { sessionId: session.id });
  const questions = await deps.store.interviews.questions(session.id);
  const first = questionText(questions[0]!, 0, questions.length);
  await deps.store.interviews.record(session.id, questions[0]!.id, 'interviewer', first);
  await deps.outbox.send(to, { text: `${opening(role, options.company, options.kind, questions.length)}\n\n${first}`, buttons: replies.turnButtons() });
}

/** One candidate message (or a Hint/Repeat/Skip/End press) in a running interview. The flow's
 *  state names the session, so no search for the active one is needed. A spoken answer brings
 *  its delivery, kept with the answer. */
export async function interviewTurn(deps: InterviewDeps, to: ConversationRef, userId: string, text: string, sessionId?: string, delivery?: Delivery): Promise<void> {
  const found = sessionId ? await deps.store.interviews.get(sessionId) : await deps.store.interviews.active(userId);
  const session = found?.status === 'active' && found.userId === userId ? found : undefined;
  if (!session) {
    await deps.flows.clear(to.conversationId);
    return void (await deps.outbox.send(to, replies.noInterview()));
  }
  const questions = await deps.store.interviews.questions(session.id);
  const current = questions[session.position];
  const state = await (await deps.roleplay()).invoke({
    userId,
    role: `${session.level} ${session.role ?? 'role'}`,
    company: session.company ?? undefined,
    questions,
    position: session.position,
    followUps: session.followUps,
    openFollowUp: undefined,
    input: text,
    finished: false,
  });
  if (state.intent === 'answer' && current) {
    const messageId = await deps.store.interviews.record(session.id, current.id, 'candidate', text, delivery);
    // Scored in the background: the interviewer never waits for the judge.
    await deps.queue.enqueue('evaluate-answer', { messageId }, { jobId: `evaluate-answer-${messageId}` });
  }
  await deps.store.interviews.moveTo(session.id, state.position, state.followUps);
  for (const reply of state.replies) {
    await deps.store.interviews.record(session.id, questions[Math.min(state.position, questions.length - 1)]!.id, 'interviewer', reply);
  }
  await deps.outbox.send(to, { text: state.replies.join('\n\n'), buttons: state.finished ? [] : replies.turnButtons() });
  if (state.finished) await finish(deps, to, session.id);
}

/** /end: close the running interview and queue its report (the graph's "end" turn). */
export const endInterview = (deps: InterviewDeps, to: ConversationRef, userId: string) => interviewTurn(deps, to, userId, '/end');

async function finish(deps: InterviewDeps, to: ConversationRef, sessionId: string) {
  await deps.flows.clear(to.conversationId);
  if (!(await deps.store.interviews.end(sessionId))) return;
  await deps.queue.enqueue('interview-report', { sessionId, conversationId: to.conversationId }, { jobId: `interview-report-${sessionId}` });
}

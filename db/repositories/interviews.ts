import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { AnswerEvaluation } from '../../core/coach/coach.ts';
import type { InterviewSession, InterviewStore, SessionQuestion } from '../../core/interview/session.ts';
import type { PlannedQuestion } from '../../core/interview/plan.ts';
import type { Delivery } from '../../core/voice/delivery.ts';
import type { Db } from '../database.ts';
import { isUniqueViolation } from './resumes.ts';
import { answerScores, interviewMessages, interviewQuestions, interviewSessions } from '../schema.ts';

const sessionColumns = {
  id: interviewSessions.id,
  userId: interviewSessions.userId,
  conversationId: interviewSessions.conversationId,
  role: interviewSessions.role,
  kind: interviewSessions.kind,
  level: interviewSessions.level,
  company: interviewSessions.company,
  status: interviewSessions.status,
  position: interviewSessions.position,
  followUps: interviewSessions.followUps,
  lastActivityAt: interviewSessions.lastActivityAt,
  createdAt: interviewSessions.createdAt,
};

type Guidance = Pick<PlannedQuestion, 'strongAnswer' | 'followUp' | 'hint'>;

/** Sessions whose questions stay in memory: a plan never changes once stored, and every turn reads it. */
const cachedPlans = 2000;

export function createInterviewRepository(db: Db): InterviewStore {
  const plans = new Map<string, SessionQuestion[]>();
  const one = async (where: ReturnType<typeof eq>, order = desc(interviewSessions.createdAt)) =>
    (await db.select(sessionColumns).from(interviewSessions).where(where).orderBy(order).limit(1))[0] as InterviewSession | undefined;
  return {
    async start(input, questions) {
      try {
        return await db.transaction(async (tx) => {
          const [session] = await tx.insert(interviewSessions).values(input).returning(sessionColumns);
          await tx.insert(interviewQuestions).values(
            questions.map((q, position) => ({ sessionId: session!.id, position, text: q.text, competency: q.competency, source: q.source, guidance: { strongAnswer: q.strongAnswer, followUp: q.followUp, hint: q.hint } })),
          );
          return session as InterviewSession;
        });
      } catch (error) {
        // The one-active-session index: the user already has one.
        if (isUniqueViolation(error)) return undefined;
        throw error;
      }
    },
    active: (userId) => one(and(eq(interviewSessions.userId, userId), eq(interviewSessions.status, 'active'))!),
    get: (sessionId) => one(eq(interviewSessions.id, sessionId)),
    latestFor: (userId) => one(eq(interviewSessions.userId, userId)),
    async questions(sessionId) {
      const cached = plans.get(sessionId);
      if (cached) return cached;
      const rows = await db.select().from(interviewQuestions).where(eq(interviewQuestions.sessionId, sessionId)).orderBy(asc(interviewQuestions.position));
      const plan = rows.map((r): SessionQuestion => ({ id: r.id, position: r.position, text: r.text, competency: r.competency ?? '', source: r.source, ...(r.guidance as Guidance) }));
      if (plan.length > 0) {
        if (plans.size >= cachedPlans) plans.delete(plans.keys().next().value!);
        plans.set(sessionId, plan);
      }
      return plan;
    },
    async record(sessionId, questionId, role, text, delivery) {
      const [row] = await db.insert(interviewMessages).values({ sessionId, questionId, role, text, delivery }).returning({ id: interviewMessages.id });
      return row!.id;
    },
    async answer(messageId) {
      const [row] = await db
        .select({ id: interviewMessages.id, questionId: interviewMessages.questionId, text: interviewMessages.text, sessionId: interviewMessages.sessionId, userId: interviewSessions.userId })
        .from(interviewMessages)
        .innerJoin(interviewSessions, eq(interviewSessions.id, interviewMessages.sessionId))
        .where(and(eq(interviewMessages.id, messageId), eq(interviewMessages.role, 'candidate')));
      return row;
    },
    async moveTo(sessionId, position, followUps) {
      await db.update(interviewSessions).set({ position, followUps, lastActivityAt: sql`now()` }).where(eq(interviewSessions.id, sessionId));
    },
    async end(sessionId) {
      const ended = await db
        .update(interviewSessions)
        .set({ status: 'ended', endedAt: sql`now()` })
        .where(and(eq(interviewSessions.id, sessionId), eq(interviewSessions.status, 'active')))
        .returning({ id: interviewSessions.id });
      return ended.length > 0;
    },
    async saveScore(messageId, scores, overall) {
      await db.insert(answerScores).values({ messageId, scores, overall }).onConflictDoUpdate({ target: answerScores.messageId, set: { scores, overall } });
    },
    async answers(sessionId) {
      const rows = await db
        .select({ id: interviewMessages.id, questionId: interviewMessages.questionId, text: interviewMessages.text, delivery: interviewMessages.delivery, scores: answerScores.scores, overall: answerScores.overall })
        .from(interviewMessages)
        .leftJoin(answerScores, eq(answerScores.messageId, interviewMessages.id))
        .where(and(eq(interviewMessages.sessionId, sessionId), eq(interviewMessages.role, 'candidate')))
        .orderBy(asc(interviewMessages.createdAt));
      return rows.map((r) => ({
        id: r.id,
        questionId: r.questionId,
        text: r.text,
        score: r.scores ? { scores: r.scores as AnswerEvaluation, overall: r.overall! } : undefined,
        delivery: (r.delivery as Delivery | null) ?? undefined,
      }));
    },
    async saveReport(sessionId, report, overall) {
      await db.update(interviewSessions).set({ status: 'reported', report, overallScore: overall }).where(eq(interviewSessions.id, sessionId));
    },
    async report(sessionId) {
      const [row] = await db.select({ report: interviewSessions.report }).from(interviewSessions).where(eq(interviewSessions.id, sessionId));
      return row?.report ?? undefined;
    },
    async strongAnswers(userId, minOverall, limit) {
      const rows = await db
        .select({ id: interviewMessages.id, questionId: interviewMessages.questionId, question: interviewQuestions.text, text: interviewMessages.text, scores: answerScores.scores, overall: answerScores.overall })
        .from(answerScores)
        .innerJoin(interviewMessages, eq(interviewMessages.id, answerScores.messageId))
        .innerJoin(interviewQuestions, eq(interviewQuestions.id, interviewMessages.questionId))
        .innerJoin(interviewSessions, eq(interviewSessions.id, interviewMessages.sessionId))
        .where(and(eq(interviewSessions.userId, userId), gte(answerScores.overall, minOverall)))
        .orderBy(desc(answerScores.overall))
        .limit(limit);
      return rows.map((r) => ({ id: r.id, questionId: r.questionId, question: r.question, text: r.text, score: { scores: r.scores as AnswerEvaluation, overall: r.overall } }));
    },
    async idleSince(before) {
      return (await db.select(sessionColumns).from(interviewSessions).where(and(eq(interviewSessions.status, 'active'), lt(interviewSessions.lastActivityAt, before)))) as InterviewSession[];
    },
  };
}

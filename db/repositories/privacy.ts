// Every row of a user, table by table, for /export-data. Chat messages come through the
// user's conversations, interview details through their sessions.
import { eq, inArray } from 'drizzle-orm';
import type { PrivacyStore } from '../../core/privacy/export-user.ts';
import type { Db } from '../database.ts';
import {
  answerScores, conversationMemory, conversations, interviewMessages, interviewQuestions, interviewSessions, messages, optimizations,
  pitches, platformIdentities, practiceAttempts, practiceItems, prepPlans, resumes, stories, subscriptions, usageRecords, users,
} from '../schema.ts';

export function createPrivacyRepository(db: Db): PrivacyStore {
  return {
    async exportUser(userId) {
      const [user, identities, chats, resumeRows, matches, sessions, pitchRows, storyRows, plans, usage, subs, drills, retries] = await Promise.all([
        db.select().from(users).where(eq(users.id, userId)),
        db.select().from(platformIdentities).where(eq(platformIdentities.userId, userId)),
        db.select().from(conversations).where(eq(conversations.userId, userId)),
        db.select().from(resumes).where(eq(resumes.userId, userId)),
        db.select().from(optimizations).where(eq(optimizations.userId, userId)),
        db.select().from(interviewSessions).where(eq(interviewSessions.userId, userId)),
        db.select().from(pitches).where(eq(pitches.userId, userId)),
        db.select().from(stories).where(eq(stories.userId, userId)),
        db.select().from(prepPlans).where(eq(prepPlans.userId, userId)),
        db.select().from(usageRecords).where(eq(usageRecords.userId, userId)),
        db.select().from(subscriptions).where(eq(subscriptions.userId, userId)),
        db.select().from(practiceItems).where(eq(practiceItems.userId, userId)),
        db.select().from(practiceAttempts).where(eq(practiceAttempts.userId, userId)),
      ]);
      const chatIds = chats.map((c) => c.id);
      const sessionIds = sessions.map((s) => s.id);
      const [chatMessages, memory, questions, answers] = await Promise.all([
        chatIds.length ? db.select().from(messages).where(inArray(messages.conversationId, chatIds)).orderBy(messages.seq) : [],
        chatIds.length ? db.select().from(conversationMemory).where(inArray(conversationMemory.conversationId, chatIds)) : [],
        sessionIds.length ? db.select().from(interviewQuestions).where(inArray(interviewQuestions.sessionId, sessionIds)) : [],
        sessionIds.length ? db.select().from(interviewMessages).where(inArray(interviewMessages.sessionId, sessionIds)) : [],
      ]);
      const answerIds = answers.map((a) => a.id);
      const scores = answerIds.length ? await db.select().from(answerScores).where(inArray(answerScores.messageId, answerIds)) : [];
      return {
        user, identities, conversations: chats, messages: chatMessages, conversationSummaries: memory, resumes: resumeRows, optimizations: matches,
        interviews: sessions, interviewQuestions: questions, interviewMessages: answers, answerScores: scores, pitches: pitchRows, stories: storyRows,
        plans, practiceQuestions: drills, practiceAttempts: retries, usage, subscriptions: subs,
      };
    },
  };
}

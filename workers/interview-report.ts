// interview-report: scores whatever the evaluate-answer jobs have not yet, builds the report
// and its chart, and sends them to the chat where the interview ran.
import { randomUUID } from 'node:crypto';
import type { Coach } from '../core/coach/coach.ts';
import type { Outbox } from '../core/conversation/outbox.ts';
import { buildReport, overallOf } from '../core/interview/report.ts';
import { reportMessage } from '../core/interview/report-message.ts';
import type { FileStore } from '../core/ports/file-store.ts';
import type { JobQueue, Processor } from '../core/ports/job-queue.ts';
import { queueWeakAnswers } from '../core/practice/practice-flow.ts';
import type { Store } from '../core/ports/store.ts';
import { inUserLanguage } from '../core/language/user-language.ts';
import { closedForIdle as closedForIdleNote } from '../core/interview/report-text.ts';

export interface InterviewReportDeps {
  store: Store;
  files: FileStore;
  outbox: Outbox;
  coach: Coach;
  queue: Pick<JobQueue, 'enqueue'>;
  now: () => Date;
}

export function createInterviewReport(deps: InterviewReportDeps): Processor<'interview-report'> {
  const { store, files, outbox, coach } = deps;
  return async ({ sessionId, conversationId, closedForIdle }) => {
    const session = await store.interviews.get(sessionId);
    if (!session || session.status === 'reported') return;
    // Scores, report and message are written in the user's language.
    await inUserLanguage(store, session.userId, async () => {
      const questions = await store.interviews.questions(sessionId);
      // The report does not wait for queued scoring: what is missing is scored here, the same way.
      for (const answer of await store.interviews.answers(sessionId)) {
        if (answer.score) continue;
        const question = questions.find((q) => q.id === answer.questionId);
        const scores = await coach.evaluateAnswer(session.userId, question?.text ?? '', answer.text);
        await store.interviews.saveScore(answer.id, scores, overallOf(scores));
      }
      const [resume, stories] = await Promise.all([store.resumes.parsedVersion(session.userId), store.stories.list(session.userId)]);
      const answers = await store.interviews.answers(sessionId);
      const report = buildReport(questions, answers, resume?.parsed, stories);
      // Weak answers come back as drills; queued before the report is saved, so a retry queues them again.
      const drills = await queueWeakAnswers(deps, session, questions, answers);
      let chart;
      if (report.answered > 0) {
        const fileKey = `reports/${session.userId}/${randomUUID()}/interview-scores.png`;
        // The canvas library loads with the first chart, not with every worker.
        const { renderReportChart } = await import('../core/interview/report-chart.ts');
        await files.put(fileKey, await renderReportChart(report), 'image/png');
        chart = { name: 'interview-scores.png', mimeType: 'image/png', fileKey };
      }
      await store.interviews.saveReport(sessionId, { ...report, chartKey: chart?.fileKey }, report.overall);
      const threadId = (await store.conversations.threadOf(conversationId)) ?? undefined;
      if (threadId) await outbox.send({ conversationId, threadId }, reportMessage(report, session, chart, drills, closedForIdle ? closedForIdleNote() : undefined));
    });
  };
}

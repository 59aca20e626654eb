// evaluate-answer: scores one interview answer on the STAR rubric, with the quoted evidence
// and one improvement per criterion. The interviewer never waits for it.
import type { Coach } from '../core/coach/coach.ts';
import type { Processor } from '../core/ports/job-queue.ts';
import type { Store } from '../core/ports/store.ts';
import { overallOf } from '../core/interview/report.ts';
import { inUserLanguage } from '../core/language/user-language.ts';

export function createEvaluateAnswer({ store, coach }: { store: Store; coach: Coach }): Processor<'evaluate-answer'> {
  return async ({ messageId }) => {
    const answer = await store.interviews.answer(messageId);
    if (!answer) return; // deleted with the user's data meanwhile
    const question = (await store.interviews.questions(answer.sessionId)).find((q) => q.id === answer.questionId);
    // The improvements are read by the user later, in the report and drills: written in their language.
    const scores = await inUserLanguage(store, answer.userId, () => coach.evaluateAnswer(answer.userId, question?.text ?? '', answer.text));
    await store.interviews.saveScore(messageId, scores, overallOf(scores));
  };
}

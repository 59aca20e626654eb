import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answerEvaluationSchema } from './coach.ts';
import { createOfflineCoach } from './offline-coach.ts';

const coach = createOfflineCoach();

test('a strong STAR answer outscores a vague one on every STAR criterion, with quoted evidence', async () => {
  const question = 'Tell me about a time you improved the performance of a system.';
  const strong = [
    'At my last company our checkout page took 4 seconds to load and we were losing customers.',
    'I was responsible for the checkout service, and my goal was to get it under one second.',
    'I measured every request with tracing and found three slow database queries.',
    'I rewrote two of them, added an index, and introduced a cache for the product catalogue.',
    'As a result the page loaded in 800 ms and conversion improved by 12% the next month.',
  ].join(' ');
  const vague = 'We worked on performance and it got better. It was good.';
  const good = await coach.evaluateAnswer('u1', question, strong);
  const weak = await coach.evaluateAnswer('u1', question, vague);
  answerEvaluationSchema.parse(good);
  for (const c of ['situation', 'task', 'action', 'result', 'depth'] as const) assert.ok(good[c].score > weak[c].score, c);
  assert.match(good.result.evidence, /12%/);
  assert.equal(weak.action.evidence, '', 'no action sentence to quote');
  assert.match(weak.action.improvement, /"I" rather than "we"/);
});

test('the offline interviewer follows up on the biggest gap, once per question, then moves on', async () => {
  const question = 'Tell me about a time you improved a process.';
  const turn = (answer: string, followUpsAsked = 0) => coach.interviewTurn('u1', { question, answer, followUpsAsked });
  assert.deepEqual(await turn('We made it faster.'), { decision: 'follow_up', reason: 'vague', followUp: 'Could you make that concrete? Pick one specific time: what was going on, and what did you do?', source: 'offline' });
  const weOnly = 'At my last company the release process took two days. We looked at it together, we talked to the other teams, we changed the pipeline and we automated the checks. We were happy with the release afterwards.';
  assert.equal((await turn(weOnly)).reason, 'no_personal_action');
  const noResult = 'At my last company releases took two days of manual checks. I was responsible for the pipeline, so I measured each step, I automated the checks and I moved the approvals into the pull request.';
  assert.equal((await turn(noResult)).reason, 'no_result');
  const complete = `${noResult} As a result releases took 40 minutes instead of two days.`;
  assert.equal((await turn(complete)).decision, 'next_question');
  assert.equal((await turn('We made it faster.', 1)).decision, 'next_question', 'one follow-up, then the next question');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { weakBulletsResume } from '../../test-helpers/resume-files.ts';
import { modelAnswer } from './report.ts';

const story = {
  title: 'Faster payouts at Finlo',
  situation: 'Payouts at Finlo Payments took two days.',
  task: 'I was asked to make them faster.',
  action: 'I rewrote the batching in the payouts service.',
  result: 'Payout time dropped by 40% for 3,000 merchants.',
};

test('a model answer retells the saved story that shares the question’s topic', () => {
  const answer = modelAnswer('Tell me about a time you made a slow service faster for customers, like payouts.', weakBulletsResume, [story])!;
  assert.equal(answer.story, 'Faster payouts at Finlo');
  assert.match(answer.text, /^\*\*Situation:\*\* Payouts at Finlo Payments took two days\.\n\*\*Task:\*\* I was asked/);
});

test('without a fitting story the model answer is built from the closest resume bullet, brackets for the rest', () => {
  const answer = modelAnswer('Describe an API you designed for merchants.', weakBulletsResume, [{ ...story, title: 'Mentoring', situation: 'A junior joined.', action: 'I paired daily.', result: 'She shipped alone.' }])!;
  assert.equal(answer.story, undefined);
  assert.match(answer.text, /At Shoply, as Junior Developer \(from 2018\), \[one sentence/);
  assert.match(answer.text, /\*\*Action and result:\*\* Built REST APIs in TypeScript for 40 merchants\./);
});

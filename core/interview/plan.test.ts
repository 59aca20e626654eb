import assert from 'node:assert/strict';
import { test } from 'node:test';
import { weakBulletsResume } from '../../test-helpers/resume-files.ts';
import { extractRequirements } from '../optimize/extract-requirements.ts';
import { parseInterviewArgs } from './interview-options.ts';
import { planInterview } from './plan.ts';
import { parseQuestionFile, questionBank, roleFamily } from './question-bank.ts';

test('the question bank parses every file the team wrote, each question with guidance for every level', () => {
  const bank = questionBank();
  assert.ok(bank.length >= 90);
  for (const q of bank) assert.ok(q.strongAnswer.junior && q.strongAnswer.mid && q.strongAnswer.senior && q.followUp && q.hint, q.text);
  assert.deepEqual(parseQuestionFile('# Broken\nkind: behavioral\n\n## No topic line?\n- hint: x'), [], 'a file without its header yields nothing');
  assert.deepEqual(['Senior Backend Engineer', 'Product Designer', 'Clinical Nurse Manager', 'Teacher'].map(roleFamily), ['backend', 'design', 'nursing', 'general']);
});

test('a plan probes a rewritten bullet first, then the job, then the bank; the same seed gives the same plan', () => {
  const requirements = extractRequirements('# Backend Engineer\nYou will run Kafka and PostgreSQL in production with Node.js.');
  const options = { role: 'backend engineer', kind: 'mixed' as const, level: 'senior' as const };
  const plan = planInterview(options, 'seed-1', weakBulletsResume, requirements, ['Worked on the Kafka event pipeline for card settlements']);
  assert.equal(plan.length, 5);
  assert.deepEqual(plan.map((q) => q.source), ['resume', 'job', 'bank', 'bank', 'bank']);
  assert.match(plan[0]!.text, /"Worked on the Kafka event pipeline for card settlements"/);
  assert.match(plan[1]!.text, /^This role relies on Kafka\. /, "the job's first skill that the resume shows");
  assert.deepEqual(planInterview(options, 'seed-1', weakBulletsResume, requirements), planInterview(options, 'seed-1', weakBulletsResume, requirements));
  const behavioral = planInterview({ ...options, kind: 'behavioral' }, 'seed-2');
  assert.ok(behavioral.every((q) => q.source === 'bank') && new Set(behavioral.map((q) => q.competency)).size === 5, 'five different competencies');
});

test('/interview options: kind and level by their words, the company after "at", the rest is the role', () => {
  assert.deepEqual(parseInterviewArgs('backend engineer technical senior at Stripe'), { kind: 'technical', level: 'senior', company: 'Stripe', role: 'backend engineer' });
  assert.deepEqual(parseInterviewArgs('data analyst behavioural jr'), { kind: 'behavioral', level: 'junior', company: undefined, role: 'data analyst' });
  assert.deepEqual(parseInterviewArgs(''), { kind: undefined, level: undefined, company: undefined });
});

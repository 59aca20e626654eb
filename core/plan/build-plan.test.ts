import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { buildPlan, formatDayReminder, formatPlan, type PlanDay, type PlanInput } from './build-plan.ts';
import { addDays } from './interview-date.ts';

const knowledgeDir = new URL('../../knowledge/', import.meta.url).pathname;
const today = '2026-11-30'; // a Monday

function plan(daysAhead: number, overrides: Partial<PlanInput> = {}): PlanDay[] {
  return buildPlan({ today, interviewDate: addDays(today, daysAhead), company: 'Stripe', hasResume: true, hasMatch: true, hasPitch: false, storyCount: 0, ...overrides });
}
const allTasks = (days: PlanDay[]) => days.flatMap((d) => d.tasks);
const mockDays = (days: PlanDay[]) => days.filter((d) => d.tasks.some((t) => t.command === '/interview'));

test('one day per date from today to the interview, at most 14, the interview day last and titled for it', () => {
  for (const [daysAhead, length] of [[0, 1], [1, 2], [3, 4], [7, 8], [20, 14]] as const) {
    const days = plan(daysAhead);
    assert.equal(days.length, length, `${daysAhead} days ahead`);
    assert.deepEqual(days.map((d) => d.date), days.map((_, i) => addDays(days[0]!.date, i)), 'consecutive dates');
    assert.equal(days.at(-1)!.date, addDays(today, daysAhead));
    assert.equal(days.at(-1)!.title, 'Interview day at Stripe');
    assert.ok(days.every((d) => d.title && d.tasks.length > 0), 'no empty day');
  }
  assert.equal(plan(20)[0]!.date, addDays(today, 7), 'a far interview gets its last 14 days');
  assert.equal(plan(3, { company: undefined }).at(-1)!.title, 'Interview day');
  assert.deepEqual(plan(-1), [], 'an interview in the past has no plan');
});

test('every guide exists, every command is written in its task, and no task or day is overloaded', () => {
  const variants = [0, 1, 2, 3, 5, 7, 13, 20].flatMap((n) => [plan(n), plan(n, { role: 'backend engineer', hasMatch: false, hasPitch: true, storyCount: 4 }), plan(n, { hasResume: false, company: undefined })]);
  assert.ok(variants.flat().every((d) => d.tasks.length <= 8), 'even the day before an interview tomorrow');
  for (const task of variants.flatMap(allTasks)) {
    if (task.guide) assert.ok(existsSync(knowledgeDir + task.guide), task.guide);
    if (task.command) assert.ok(task.text.includes(task.command), task.text);
    assert.ok(['/interview', '/pitch', '/stories', '/optimize', undefined].includes(task.command), task.command);
    assert.ok(task.text.length <= 110 && !/\.\s+\S/.test(task.text.replace(/\.$/, '')), `one short sentence: ${task.text}`);
  }
});

test('interview today: one day with the essentials only, no mock and no resume work', () => {
  const [day] = plan(0, { hasMatch: false });
  const guides = day!.tasks.map((t) => t.guide);
  assert.ok(guides.includes('guides/researching-a-company.md') && guides.includes('guides/questions-to-ask.md') && guides.includes('guides/handling-nerves.md'));
  assert.ok(day!.tasks.every((t) => t.command !== '/interview' && t.command !== '/optimize'));
  assert.ok(day!.tasks.length <= 6);
  assert.match(day!.tasks[0]!.text, /Stripe's website/);
});

test('the essentials fit before the interview, with mocks never on the interview day and more than one when time allows', () => {
  for (const daysAhead of [1, 2, 3, 7, 20]) {
    const days = plan(daysAhead);
    const text = allTasks(days).map((t) => t.text).join('\n');
    for (const essential of [/Read up on Stripe/, /STAR stories with \/stories/, /\/pitch/, /\/interview/, /questions to ask/]) assert.match(text, essential, `${daysAhead} days: ${essential}`);
    assert.ok(!mockDays(days).includes(days.at(-1)!), 'no mock on the interview day');
  }
  assert.equal(mockDays(plan(3)).length, 1);
  assert.equal(mockDays(plan(7)).length, 2);
  assert.equal(mockDays(plan(20)).length, 3);
  const compressed = plan(2);
  assert.deepEqual(compressed.map((d) => d.title), ['Research Stripe, your STAR stories and your pitch', 'A mock interview, questions to ask and an early night', 'Interview day at Stripe']);
});

test('the day before carries remote etiquette and rest; a free day before is only a light review', () => {
  for (const daysAhead of [1, 3, 7, 20]) {
    const dayBefore = plan(daysAhead).at(-2)!;
    assert.ok(dayBefore.tasks.some((t) => t.guide === 'guides/remote-interviews.md'), `${daysAhead} days`);
    assert.match(dayBefore.title, /early night|rest/i);
  }
  assert.equal(plan(7).at(-2)!.title, 'Light review and rest');
  assert.ok(plan(7).at(-2)!.tasks.every((t) => !t.command), 'nothing new the day before');
});

test('done work is skipped: a saved pitch is rehearsed and three saved stories are reviewed', () => {
  const fresh = allTasks(plan(7)).map((t) => t.text).join('\n');
  assert.match(fresh, /Write your elevator pitch with \/pitch, ending on why you want Stripe\./);
  assert.match(fresh, /Write three STAR stories/);
  const done = allTasks(plan(7, { hasPitch: true, storyCount: 3 })).map((t) => t.text).join('\n');
  assert.match(done, /Rehearse your saved pitch aloud with \/pitch/);
  assert.match(done, /Review your 3 saved stories with \/stories/);
  assert.doesNotMatch(done, /Write your elevator pitch|Write .* STAR stor/);
  assert.match(allTasks(plan(7, { storyCount: 2 })).map((t) => t.text).join('\n'), /Write one more STAR story/);
});

test('the resume: upload it first when missing, tailor it with /optimize when not matched yet', () => {
  assert.match(plan(7, { hasResume: false, hasMatch: false })[0]!.tasks[0]!.text, /^Upload your resume/);
  assert.ok(!allTasks(plan(7, { hasResume: false, hasMatch: false })).some((t) => t.command === '/optimize'));
  const tailored = plan(7, { hasMatch: false, role: 'backend engineer' })[0]!.tasks[0]!;
  assert.deepEqual(tailored, { text: 'Run /optimize with the job description to tailor your resume to the backend engineer role.', command: '/optimize' });
  assert.ok(!allTasks(plan(7)).some((t) => t.command === '/optimize'), 'already matched');
  assert.ok(!allTasks(plan(1, { hasMatch: false })).some((t) => t.command === '/optimize'), 'too late to tailor');
});

test('company and role names appear in the tasks, and mocks use /interview as it reads them', () => {
  const text = allTasks(plan(20, { role: 'backend engineer' })).map((t) => t.text).join('\n');
  assert.match(text, /Run \/interview backend engineer at Stripe for a full mock interview, then redo your weakest answer\./);
  assert.match(text, /Run \/interview backend engineer behavioral at Stripe/);
  assert.match(text, /your Stripe interviewers/);
  assert.ok(allTasks(plan(20, { role: 'backend engineer' })).some((t) => t.guide === 'guides/technical-prep-backend.md'));
  const anonymous = allTasks(plan(3, { company: undefined })).map((t) => t.text).join('\n');
  assert.match(anonymous, /Read up on the company/);
  assert.match(anonymous, /Run \/interview for a full mock interview, then/);
});

test('formatPlan: a header with the interview day, then each day in bold with its tasks as bullets', () => {
  const message = formatPlan(plan(4, { role: 'backend engineer' }), 'Stripe');
  const lines = message.split('\n');
  assert.equal(lines[0], '**Your plan for the Stripe interview on Fri 4 Dec**');
  assert.ok(lines.includes('**Mon 30 Nov**: Research Stripe and your STAR stories'), message);
  assert.ok(lines.includes('**Fri 4 Dec**: Interview day at Stripe'));
  assert.ok(lines.some((l) => l.startsWith('- Run /interview backend engineer at Stripe')), 'commands as-is');
  assert.ok(lines.includes('- Read up on Stripe: what it sells, to whom, and its latest news. _(guide: Researching a company)_'));
  assert.doesNotMatch(message, /guides\/|\.md/, 'guides by name, not path');
  assert.equal(formatPlan(plan(1, { company: undefined })).split('\n')[0], '**Your plan for the interview on Tue 1 Dec**');
  assert.equal(formatPlan([]), '');
});

test('formatDayReminder: how far the interview is, the day\'s title and its tasks', () => {
  const days = plan(3);
  assert.match(formatDayReminder(days[0]!, 3, 'Stripe'), /^\*\*3 days until your Stripe interview\.\*\* Today: Research Stripe and your STAR stories\n- /);
  assert.match(formatDayReminder(days[2]!, 1), /^\*\*Your interview is tomorrow\.\*\* Today: /);
  const onTheDay = formatDayReminder(days[3]!, 0, 'Stripe');
  assert.match(onTheDay, /^\*\*Today is your Stripe interview\. Good luck!\*\*\n- Eat something/);
  assert.doesNotMatch(onTheDay, /\/plan/);
  assert.match(formatDayReminder(days[1]!, 2), /Send \/plan to see the whole plan\.$/);
});

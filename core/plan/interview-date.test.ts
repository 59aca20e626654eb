import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, calendarDayIn, daysBetween, findInterviewDate, formatDayLabel } from './interview-date.ts';

/** Wednesday 25 November 2026, mid-morning in UTC. */
const wednesday = new Date('2026-11-25T10:00:00Z');
const dateIn = (text: string, now = wednesday, timeZone?: string) => findInterviewDate(text, now, timeZone)?.date;

test('relative words, weekdays, day-and-month and ISO dates become a calendar day', () => {
  const cases: Array<[string, string]> = [
    ['I have an interview today', '2026-11-25'],
    ['interview tomorrow!', '2026-11-26'],
    ['the interview is the day after tomorrow', '2026-11-27'],
    ['interview in 3 days', '2026-11-28'],
    ['my interview is in two weeks', '2026-12-09'],
    ['interview in a couple of days', '2026-11-27'],
    ['I have an interview on Friday', '2026-11-27'],
    ['interview next Tuesday', '2026-12-01'],
    ['interview this Saturday', '2026-11-28'],
    ['interview on 3 December', '2026-12-03'],
    ['interview on the 3rd of Dec', '2026-12-03'],
    ['interview Dec 3rd', '2026-12-03'],
    ['interview on December 3, 2026', '2026-12-03'],
    ['interview on 2026-12-03', '2026-12-03'],
  ];
  for (const [text, date] of cases) assert.equal(dateIn(text), date, text);
});

test('a weekday said on that weekday means next week; "next" means the coming one', () => {
  assert.equal(dateIn('interview on Wednesday'), '2026-12-02', 'an interview later today would be "today"');
  assert.equal(dateIn('interview next Wednesday'), '2026-12-02');
  assert.equal(dateIn('interview on Thursday'), '2026-11-26');
});

test('a day and month already past this year is next year', () => {
  const lateDecember = new Date('2026-12-20T12:00:00Z');
  assert.equal(dateIn('interview on Jan 5', lateDecember), '2027-01-05');
  assert.equal(dateIn('interview on 20 December', lateDecember), '2026-12-20', 'today is not past');
  assert.equal(dateIn('interview on 3 December', lateDecember), undefined, 'next year is too far to plan');
});

test('"today" is the calendar day in the user\'s time zone', () => {
  const lateEvening = new Date('2026-11-25T23:30:00Z');
  assert.equal(dateIn('interview today', lateEvening), '2026-11-25');
  assert.equal(dateIn('interview today', lateEvening, 'Asia/Tokyo'), '2026-11-26', 'already Thursday 08:30 in Tokyo');
  assert.equal(dateIn('interview tomorrow', lateEvening, 'Asia/Tokyo'), '2026-11-27');
  assert.equal(dateIn('interview on Thursday', lateEvening, 'Asia/Tokyo'), '2026-12-03', 'Thursday said on a Thursday');
  assert.equal(dateIn('interview tomorrow', new Date('2026-11-26T05:00:00Z'), 'America/Los_Angeles'), '2026-11-26', 'still Wednesday evening in LA');
});

test('no date, an ambiguous numeric date or an impossible day gives undefined', () => {
  for (const text of ['I have an interview soon', 'interview next week', 'interview on 12/03', 'interview on 3/12/2026', 'interview on 30 February', 'I may get one']) {
    assert.equal(findInterviewDate(text, wednesday), undefined, text);
  }
});

test('dates in the past or more than 60 days away give undefined, so the caller can ask', () => {
  assert.equal(dateIn('interview in 60 days'), '2027-01-24');
  assert.equal(dateIn('interview in 61 days'), undefined);
  assert.equal(dateIn('interview on 2027-03-01'), undefined);
  assert.equal(dateIn('interview on 2026-11-01'), undefined);
});

test('of several dates, the first one after the word "interview" wins', () => {
  assert.equal(dateIn('I had a phone screen on Monday and the final interview is on Friday'), '2026-11-27');
  assert.equal(dateIn('On Friday I have an interview'), '2026-11-27', 'a date before the word counts when none follows');
});

test('the company is the capitalised name after "at" or "with"; the role comes from "for a … role"', () => {
  assert.deepEqual(findInterviewDate('my interview at Stripe is on Friday', wednesday), { date: '2026-11-27', company: 'Stripe' });
  assert.deepEqual(findInterviewDate('interview with Acme next Tuesday', wednesday), { date: '2026-12-01', company: 'Acme' });
  assert.deepEqual(findInterviewDate('I have an interview with Goldman Sachs next Tuesday for a backend engineer role', wednesday), {
    date: '2026-12-01',
    company: 'Goldman Sachs',
    role: 'backend engineer',
  });
  const companies: Array<[string, string | undefined]> = [
    ['interview at Bank of America tomorrow', 'Bank of America'],
    ['interview tomorrow with Procter & Gamble.', 'Procter & Gamble'],
    ['interview with Acme Corp, on Friday', 'Acme Corp'],
    ["interview at Stripe's office tomorrow", 'Stripe'],
    ['interview at 3pm tomorrow with eBay', 'eBay'],
    ['interview with Acme Friday', 'Acme'],
    ['interview with a recruiter tomorrow', undefined],
    ['I met with Ann yesterday; my interview at Stripe is tomorrow', 'Stripe'],
  ];
  for (const [text, company] of companies) assert.equal(findInterviewDate(text, wednesday)?.company, company, text);
  assert.equal(findInterviewDate('interview tomorrow for the Senior Data Scientist position', wednesday)?.role, 'Senior Data Scientist');
  assert.equal(findInterviewDate('interview tomorrow for fun', wednesday)?.role, undefined);
});

test('calendar days: arithmetic across months and years, and short labels', () => {
  assert.equal(addDays('2026-12-30', 3), '2027-01-02');
  assert.equal(addDays('2028-03-01', -1), '2028-02-29');
  assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2, 'a daylight-saving weekend is still two days');
  assert.equal(daysBetween('2026-12-04', '2026-11-30'), -4);
  assert.equal(calendarDayIn(new Date('2026-03-29T00:30:00Z'), 'Europe/London'), '2026-03-29');
  assert.equal(formatDayLabel('2026-12-04'), 'Fri 4 Dec');
  assert.throws(() => addDays('2026-02-30', 1), RangeError);
});

test('Spanish dates: weekdays, hoy and mañana (not "esta mañana"), "el 3 de diciembre", "en dos semanas"', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Tengo una entrevista el viernes', '2026-11-27'],
    ['mi entrevista es el miércoles', '2026-12-02'],
    ['la entrevista es el miercoles', '2026-12-02'],
    ['tengo una entrevista mañana', '2026-11-26'],
    ['la entrevista es pasado mañana', '2026-11-27'],
    ['esta mañana me llamaron: la entrevista es el sábado', '2026-11-28'],
    ['tengo una entrevista el 10 de diciembre', '2026-12-10'],
    ['entrevista el 5 de enero de 2027', '2027-01-05'],
    ['entrevista en dos semanas', '2026-12-09'],
    ['entrevista en 3 días', '2026-11-28'],
    ['hoy tengo la entrevista', '2026-11-25'],
    ['la entrevista fue por la mañana', undefined],
  ];
  for (const [text, date] of cases) assert.equal(findInterviewDate(text, wednesday)?.date, date, text);
  assert.equal(findInterviewDate('Tengo una entrevista en Stripe el viernes', wednesday)?.company, 'Stripe');
  assert.equal(findInterviewDate('entrevista el lunes con Goldman Sachs', wednesday)?.company, 'Goldman Sachs');
});

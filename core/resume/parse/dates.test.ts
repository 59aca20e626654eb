import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateRange, isOnlyDates } from './dates.ts';

test('date ranges in the formats resumes use become YYYY-MM, with Present as no end', () => {
  const cases: Array<[string, string | undefined, string | undefined]> = [
    ['Jan 2020 – Present', '2020-01', undefined],
    ['01/2020 - 03/2022', '2020-01', '2022-03'],
    ['2020-01 to 2022-03', '2020-01', '2022-03'],
    ['January 2020 — March 2022', '2020-01', '2022-03'],
    ['Mar. 2019 - Current', '2019-03', undefined],
    ['since 2021', '2021', undefined],
  ];
  for (const [text, start, end] of cases) {
    const range = findDateRange(text);
    assert.deepEqual([range?.startDate, range?.endDate], [start, end], text);
  }
  assert.equal(findDateRange('Graduated 2018')?.endDate, '2018', 'a lone year is an end date');
});

test('version numbers, phone numbers and impossible months are not dates', () => {
  for (const text of ['Python 3.11', '+49 30 1234567', '13/2020 - 14/2021']) assert.equal(findDateRange(text)?.startDate, undefined, text);
  assert.equal(isOnlyDates('Jan 2020 – Present'), true);
  assert.equal(isOnlyDates('Senior Engineer  Jan 2020 – Present'), false);
});

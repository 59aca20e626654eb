// What IntervAI exports, IntervAI (and any ATS-minded parser) reads back: the same roles,
// dates, bullets and skills from the DOCX and the PDF.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPeople } from '../../eval/resumes/people.ts';
import { renderResumeDocx } from './export/resume-docx.ts';
import { renderResumePdf } from './export/resume-pdf.ts';
import { parseResume } from './parse-resume.ts';

for (const [format, render] of [['DOCX', renderResumeDocx], ['PDF', renderResumePdf]] as const) {
  test(`an exported ${format} parses back to the same resume`, async () => {
    const { resume } = loadPeople().find((p) => p.id.startsWith('02-'))!;
    const outcome = await parseResume(await render(resume), `export.${format.toLowerCase()}`);
    assert.ok(outcome.ok);
    const back = outcome.resume;
    assert.equal(back.basics.name, resume.basics.name);
    assert.deepEqual(back.work.map((w) => [w.name, w.position, w.startDate, w.endDate, w.highlights]), resume.work.map((w) => [w.name, w.position, w.startDate, w.endDate, w.highlights]));
    assert.deepEqual(back.skills.flatMap((s) => s.keywords), resume.skills.flatMap((s) => s.keywords));
  });
}

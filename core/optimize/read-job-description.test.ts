// A job description sent as a file is read like a resume, but a bad one is explained as a job
// description, not as a resume.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { longPdf, pngBytes } from '../../test-helpers/resume-files.ts';
import { createExtractionSandbox } from '../resume/text/sandbox.ts';
import { readJobDescription } from './read-job-description.ts';

const sandbox = createExtractionSandbox();
after(() => sandbox.close());

test('a text job description is read; an image or a 30-page file gets a sentence about the job description', async () => {
  assert.deepEqual(await readJobDescription(sandbox, Buffer.from('# Backend Engineer\nYou will build payment APIs in Go and PostgreSQL for our merchants.'), 'jd.txt'), {
    ok: true,
    text: 'Backend Engineer\nYou will build payment APIs in Go and PostgreSQL for our merchants.',
  });
  const image = await readJobDescription(sandbox, pngBytes, 'jd.pdf');
  assert.ok(!image.ok && /^jd\.pdf is an image[^.]*\. Please send your job description as a PDF, DOCX or text file, or paste it as a message\.$/.test(image.message), !image.ok ? image.message : '');
  const long = await readJobDescription(sandbox, await longPdf(30), 'jd.pdf');
  assert.ok(!long.ok && /Please send just your job description\.$/.test(long.message), !long.ok ? long.message : '');
});

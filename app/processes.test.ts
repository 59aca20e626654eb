// The CLI as a separate process: intervai chat, parse and match, as a user runs them.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { runEntry } from '../test-helpers/processes.ts';
import { createTempDir } from '../test-helpers/temp-dir.ts';
import { encryptedPdf, plainTextResume, sampleResume } from '../test-helpers/resume-files.ts';

describe('intervai chat', () => {
  let dir: { path: string; remove(): Promise<void> };
  before(async () => (dir = await createTempDir()));
  after(() => dir.remove());

  test('prints the welcome and the command list for piped /start and /help', async () => {
    const run = await runEntry('app/cli.ts', ['chat'], { DATA_DIR: dir.path }, '/start\n/help\n');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /IntervAI: Hi \S+! I'm IntervAI, your interview and resume coach\./);
    assert.match(run.stdout, /\[1\] Upload resume {2}\[2\] Start an interview {2}\[3\] How it works/);
    assert.match(run.stdout, /What I can do now[\s\S]*\/help — this list[\s\S]*\/forget — delete everything/);
    assert.equal(run.stderr, '');
  });

  test('a pasted file path is uploaded, and the CLI waits for the queued check before exiting', async () => {
    const file = `${dir.path}/my resume.txt`;
    await writeFile(file, plainTextResume);
    const run = await runEntry('app/cli.ts', ['chat'], { DATA_DIR: dir.path }, `'${file}'\n`);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /IntervAI \(update\): ✅ Resume version 1 is ready \(my resume\.txt, plain text\)\nAda Lovelace · Analytical Engine Programmer/);
  });

  test('an unknown CLI command says so and shows the usage', async () => {
    const run = await runEntry('app/cli.ts', ['frobnicate'], {});
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^intervai: unknown command "frobnicate"\.\n\nUsage: intervai <command>/);
  });
});

describe('intervai parse', () => {
  let dir: { path: string; remove(): Promise<void> };
  before(async () => (dir = await createTempDir()));
  after(() => dir.remove());

  test('--json prints the JSON Resume of a two-column PDF; without it, a summary', async () => {
    const { bytes, expected } = await sampleResume('pdf-two-column');
    await writeFile(`${dir.path}/cv.pdf`, bytes);
    const json = await runEntry('app/cli.ts', ['parse', `${dir.path}/cv.pdf`, '--json'], {});
    assert.equal(json.code, 0, json.stderr);
    const resume = JSON.parse(json.stdout);
    assert.equal(resume.basics.name, expected.basics.name);
    assert.deepEqual(resume.work.map((w: { name: string }) => w.name), expected.work.map((w) => w.name));
    const summary = await runEntry('app/cli.ts', ['parse', `${dir.path}/cv.pdf`], {});
    assert.match(summary.stdout, /^Oluwaseun Adebayo · Backend Engineer, Payments\n• 3 roles/);
  });

  test('a bad file exits 1 with one line saying what is wrong', async () => {
    await writeFile(`${dir.path}/locked.pdf`, await encryptedPdf());
    const run = await runEntry('app/cli.ts', ['parse', `${dir.path}/locked.pdf`], {});
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^intervai: locked\.pdf is password-protected, so I can't read it\. [^\n]*\n$/);
  });
});

describe('intervai match', () => {
  test('prints the match report of a resume against a job description; --json gives the figures', async () => {
    const resume = 'eval/resumes/people/02-oluwaseun-adebayo.json';
    const jd = 'eval/match/jds/01-backend-payments.md';
    const text = await runEntry('app/cli.ts', ['match', resume, jd], {});
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^Match: \d+\/100 for Senior Backend Engineer, Payments\nSkills: ✅ [^\n]*PostgreSQL/);
    assert.match(text.stdout, /\nNext steps\n1\) /);
    const json = await runEntry('app/cli.ts', ['match', resume, jd, '--json'], {});
    const report = JSON.parse(json.stdout);
    assert.ok(report.score > 50 && report.score <= 100);
    assert.ok(report.requirements.hardSkills.includes('Kafka'));
  });

  test('a missing file exits 1 with one line', async () => {
    const run = await runEntry('app/cli.ts', ['match', 'nope.pdf', 'eval/match/jds/01-backend-payments.md'], {});
    assert.equal(run.code, 1);
    assert.equal(run.stderr, 'intervai: nope.pdf is not a readable file. Check the path and that you can read it.\n');
  });
});

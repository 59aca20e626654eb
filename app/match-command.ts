// `intervai match RESUME JD [--json]`: the match report of a resume (any file `intervai parse`
// reads, or a JSON Resume) against a job description file, with the worker's own code.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { matchReportMessage } from '../core/optimize/optimize-replies.ts';
import { matchAgainst } from '../core/optimize/run-optimization.ts';
import { parseResume } from '../core/resume/parse-resume.ts';
import { readJobDescription } from '../core/optimize/read-job-description.ts';
import { createExtractionSandbox } from '../core/resume/text/sandbox.ts';

export async function matchCommand(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const paths = args.filter((a) => a !== '--json');
  if (paths.length !== 2) {
    process.stderr.write('Usage: intervai match RESUME JD [--json]\n');
    return 2;
  }
  const [resumePath, jdPath] = paths as [string, string];
  const read = (path: string) => readFile(path).catch(() => undefined);
  const [resumeBytes, jdBytes] = await Promise.all([read(resumePath), read(jdPath)]);
  if (!resumeBytes || !jdBytes) {
    process.stderr.write(`intervai: ${!resumeBytes ? resumePath : jdPath} is not a readable file. Check the path and that you can read it.\n`);
    return 1;
  }
  const sandbox = createExtractionSandbox();
  try {
    const resume = await parseResume(resumeBytes, basename(resumePath), { sandbox });
    if (!resume.ok) {
      process.stderr.write(`intervai: ${resume.message}\n`);
      return 1;
    }
    const jd = await readJobDescription(sandbox, jdBytes, basename(jdPath));
    if (!jd.ok) {
      process.stderr.write(`intervai: ${jd.message}\n`);
      return 1;
    }
    const { requirements, report } = await matchAgainst(resume.resume, jd.text);
    if (json) process.stdout.write(`${JSON.stringify({ requirements, ...report }, null, 2)}\n`);
    else process.stdout.write(`${matchReportMessage(report, requirements.displayTitle ?? requirements.titles[0], 1).text.replace(/\*\*|_|\*/g, '').replace(/ \(resume version 1\)/, '')}\n`);
    return 0;
  } finally {
    await sandbox.close();
  }
}

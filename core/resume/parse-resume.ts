// The one resume pipeline, shared by the parse-resume worker, `intervai parse` and the
// evaluation: read the file's text (in the sandbox), structure it (AI when available and
// grounded in the text, else the rule parser), and list what the user could improve.
import type { AiGateway } from '../ai/gateway.ts';
import { AiUnavailableError } from '../ai/errors.ts';
import type { Logger } from '../ports/logger.ts';
import { failureMessage, type ParseFailure } from './failure-messages.ts';
import { groundResume } from './grounding.ts';
import { jsonResumeSchema, type JsonResume } from './json-resume.ts';
import { parseResumeText } from './parse/rule-parser.ts';
import type { Extraction } from './text/extract-text.ts';
import { ExtractionError } from './text/extraction-error.ts';
import type { ExtractedText } from './text/resume-text.ts';
import type { ExtractionSandbox } from './text/sandbox.ts';
import { resumeWarnings, type ResumeWarning } from './warnings.ts';

export type ParseStage = 'reading' | 'structuring';

export interface ParseOptions {
  /** Reads the file in a limited worker thread; without one the text is read in this thread. */
  sandbox?: ExtractionSandbox;
  /** Structures with a model when one is configured; the user's id is for usage tracking. */
  ai?: { gateway: AiGateway; userId: string };
  logger?: Logger;
  onStage?: (stage: ParseStage) => Promise<void> | void;
}

export type ParseOutcome =
  | { ok: true; resume: JsonResume; warnings: ResumeWarning[]; source: 'rules' | 'ai' | 'json-resume'; fileType: string; pages: number }
  | { ok: false; reason: ParseFailure; message: string };

export async function parseResume(bytes: Buffer, fileName: string, options: ParseOptions = {}): Promise<ParseOutcome> {
  let extraction: Extraction;
  try {
    await options.onStage?.('reading');
    // Without a sandbox (the CLI's tests, the evaluation) the readers load here, on first use.
    extraction = options.sandbox ? await options.sandbox.extract(bytes, fileName) : await (await import('./text/extract-text.ts')).extractText(bytes, fileName);
  } catch (error) {
    if (error instanceof ExtractionError) return { ok: false, reason: error.reason, message: failureMessage(error.reason, fileName, error.detail) };
    throw error;
  }
  if (extraction.type === 'json-resume') {
    const checked = jsonResumeSchema.safeParse(extraction.json);
    if (!checked.success) {
      const problem = checked.error.issues.slice(0, 2).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      return { ok: false, reason: 'invalid-json-resume', message: failureMessage('invalid-json-resume', fileName, problem) };
    }
    return { ok: true, resume: checked.data, warnings: resumeWarnings(checked.data, 1), source: 'json-resume', fileType: 'json-resume', pages: 1 };
  }
  await options.onStage?.('structuring');
  const { resume, source } = await structure(extraction.text, options);
  if (!resume.basics.name && resume.work.length === 0 && resume.education.length === 0) {
    return { ok: false, reason: 'not-a-resume', message: failureMessage('not-a-resume', fileName) };
  }
  return { ok: true, resume, warnings: resumeWarnings(resume, extraction.text.pages), source, fileType: extraction.type, pages: extraction.text.pages };
}

async function structure(text: ExtractedText, options: ParseOptions): Promise<{ resume: JsonResume; source: 'rules' | 'ai' }> {
  const rules = parseResumeText(text);
  if (!options.ai?.gateway.available) return { resume: rules, source: 'rules' };
  const plain = text.lines.map((l) => l.parts.join(' | ')).join('\n');
  try {
    const answer = await options.ai.gateway.structured({ task: 'extract', userId: options.ai.userId }, jsonResumeSchema, [
      {
        role: 'system',
        content:
          'You turn resume text into JSON Resume. Copy values exactly as written; never invent, translate or complete anything. ' +
          'Dates are YYYY-MM (or YYYY when only the year is given); leave endDate out for a current role. Leave out what the text does not say.',
      },
      { role: 'user', content: plain },
    ]);
    return { resume: groundResume(answer, plain), source: 'ai' };
  } catch (error) {
    // The rule parser's answer is always there: an AI outage costs quality, never the upload.
    if (!(error instanceof AiUnavailableError)) throw error;
    options.logger?.warn({ err: error }, 'AI structuring unavailable; using the rule parser');
    return { resume: rules, source: 'rules' };
  }
}

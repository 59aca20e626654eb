// Why a file's text could not be read. Each reason has its own sentence for the user
// (core/resume/failure-messages.ts) and its own one-line exit for the CLI.

export type ExtractionFailure =
  | 'empty'
  | 'unsupported'
  | 'encrypted'
  | 'corrupt'
  | 'no-text'
  | 'too-many-pages'
  | 'too-big-unpacked'
  | 'too-slow'
  | 'too-much-memory';

export class ExtractionError extends Error {
  constructor(
    readonly reason: ExtractionFailure,
    /** What the file turned out to be, for the message ("an image", "a ZIP archive"). */
    readonly detail = '',
  ) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
    this.name = 'ExtractionError';
  }
}

/** A resume longer than this is not a resume (a thesis, a portfolio, a book). */
export const maxResumePages = 10;

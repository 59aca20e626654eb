import { formatBytes } from './format.ts';

// Errors carry a code and a sentence a user may read. One handler per entry point turns any
// error into that sentence; a stack trace never reaches a user.

export class AppError extends Error {
  constructor(
    readonly code: string,
    /** One sentence for the user: what went wrong and what to do next. */
    readonly userMessage: string,
    options?: { cause?: unknown },
  ) {
    super(userMessage, options);
    this.name = new.target.name;
  }
}

export class FileTooLargeError extends AppError {
  constructor(fileName: string, size: number, maxBytes: number) {
    const limit = formatBytes(maxBytes);
    // "1 MB, over the 1 MB limit" would read as a contradiction when the sizes round alike.
    const howBig = formatBytes(size) === limit ? `just over the ${limit} limit` : `${formatBytes(size)}, over the ${limit} limit`;
    super('file_too_large', `${fileName} is ${howBig}. Please send a smaller file (a PDF or DOCX resume is usually under 1 MB).`);
  }
}

export class UnsupportedFileError extends AppError {
  constructor(fileName: string, detected: string) {
    super(
      'unsupported_file',
      `${fileName} looks like ${detected}, which I can't read. Please send your resume as a PDF, DOCX, TXT/MD or JSON Resume file.`,
    );
  }
}

export class EmptyFileError extends AppError {
  constructor(fileName: string) {
    super('empty_file', `${fileName} is empty. Please send the file again, or export it once more from your editor.`);
  }
}

/** A job failure that retrying cannot fix (bad input, missing record). */
export class PermanentJobError extends AppError {
  constructor(code: string, userMessage: string, options?: { cause?: unknown }) {
    super(code, userMessage, options);
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(service: string, fix: string, options?: { cause?: unknown }) {
    super('service_unavailable', `${service} is not reachable. ${fix}`, options);
  }
}

const genericMessage = 'Something went wrong on my side. Please try again in a minute.';

/** The sentence a user sees for any error. */
export function userMessageOf(error: unknown): string {
  return error instanceof AppError ? error.userMessage : genericMessage;
}

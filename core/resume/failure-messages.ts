// One sentence per reason a file could not be read (a resume, or a job description sent as a
// file): what was wrong and what to do next. The chat shows it; the CLI prints it as its exit.
import type { ExtractionFailure } from './text/extraction-error.ts';
import { maxResumePages } from './text/extraction-error.ts';

export type ParseFailure = ExtractionFailure | 'invalid-json-resume' | 'not-a-resume';

export type FileSubject = 'resume' | 'job description';

export function failureMessage(reason: ParseFailure, fileName: string, detail = '', subject: FileSubject = 'resume'): string {
  const formats = subject === 'resume' ? 'a PDF, DOCX, TXT/MD or JSON Resume file' : 'a PDF, DOCX or text file, or paste it as a message';
  switch (reason) {
    case 'empty':
      return `${fileName} is empty. Please export it again from your editor and send it here.`;
    case 'unsupported':
      if (detail === 'an image') return `${fileName} is an image, and I can't read text from pictures. Please send your ${subject} as ${formats}.`;
      if (detail === 'an old Word .doc file') return `${fileName} is an old Word .doc file. Please save it as .docx (File → Save As) or PDF and send it again.`;
      return `${fileName} looks like ${detail || 'a file type I can’t read'}. Please send your ${subject} as ${formats}.`;
    case 'encrypted':
      return `${fileName} is password-protected, so I can't read it. Please export it again without a password and send it here.`;
    case 'corrupt':
      return `${fileName} seems damaged or incomplete, so I couldn't open it. Please export it again and send the new file.`;
    case 'no-text':
      return `I found no text in ${fileName}: it looks scanned or made of images. Please send a PDF exported from your editor (with selectable text) or a DOCX. I won't guess its content.`;
    case 'too-many-pages':
      return `${fileName} is ${detail ? `${detail} pages` : 'very long'}, more than the ${maxResumePages} pages a ${subject} runs to. Please send just your ${subject}${subject === 'resume' ? ' (one or two pages is best)' : ''}.`;
    case 'too-big-unpacked':
      return `${fileName} unpacks to far more data than a resume holds, so I stopped reading it. Please save it again as a plain DOCX or PDF.`;
    case 'too-slow':
      return `${fileName} took too long to read, so I stopped. Please export it again as a simple PDF or DOCX and send it here.`;
    case 'too-much-memory':
      return `${fileName} needed far more memory than a resume should, so I stopped reading it. Please export it again as a simple PDF or DOCX.`;
    case 'not-a-resume':
      return `I read ${fileName} but found no name, work experience or education in it, so it doesn't look like a resume. Please send your resume (PDF, DOCX or text).`;
    case 'invalid-json-resume':
      return `${fileName} is JSON but not a valid JSON Resume (${detail}). Please fix it or send a PDF or DOCX instead.`;
  }
}

// /export docx|pdf|json: the current resume version as a file in the chat. The file is kept
// in the FileStore under the user's exports (removed with the rest of their data).
import { randomUUID } from 'node:crypto';
import { safeFileName } from '../conversation/receive-upload.ts';
import { commandButton, type OutgoingMessage } from '../model/message.ts';
import type { FileStore } from '../ports/file-store.ts';
import type { ResumeStore } from '../ports/store.ts';
import type { JsonResume } from './json-resume.ts';
import { noResumeYet } from './resume-replies.ts';

// The document libraries load on the first export, not with every process.
const formats = {
  docx: { label: 'DOCX', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: async (r: JsonResume) => (await import('./export/resume-docx.ts')).renderResumeDocx(r) },
  pdf: { label: 'PDF', mimeType: 'application/pdf', render: async (r: JsonResume) => (await import('./export/resume-pdf.ts')).renderResumePdf(r) },
  json: { label: 'JSON Resume', mimeType: 'application/json', render: async (r: JsonResume) => Buffer.from(`${JSON.stringify(r, null, 2)}\n`) },
} as const;

const whichFormat: OutgoingMessage = {
  text: 'Which format would you like? DOCX and PDF are one column with standard headings, so applicant tracking systems read them well.',
  buttons: [commandButton('DOCX', '/export docx'), commandButton('PDF', '/export pdf'), commandButton('JSON Resume', '/export json')],
};

export async function exportResume(resumes: ResumeStore, files: FileStore, userId: string, args: string): Promise<OutgoingMessage> {
  const format = args.trim().toLowerCase().replace(/^\./, '') as keyof typeof formats;
  if (!(format in formats)) return whichFormat;
  const resume = await resumes.parsedVersion(userId);
  if (!resume) return noResumeYet;
  const { label, mimeType, render } = formats[format];
  const name = `${safeFileName(resume.parsed.basics.name ?? 'Resume').replace(/_+/g, '_')}_Resume_v${resume.version}.${format}`;
  const fileKey = `exports/${userId}/${randomUUID()}/${name}`;
  await files.put(fileKey, await render(resume.parsed), mimeType);
  return {
    text: `📎 Your resume, version ${resume.version}, as ${label}.`,
    files: [{ name, mimeType, fileKey }],
    buttons: format === 'json' ? [] : [commandButton(format === 'docx' ? 'Also as PDF' : 'Also as DOCX', format === 'docx' ? '/export pdf' : '/export docx')],
  };
}

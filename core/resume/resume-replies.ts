// What the chat shows about a resume: the progress of a parse (one message edited through its
// stages), the summary card when it is done, the full view for /resume, and the failures.
import { formatBytes } from '../format.ts';
import { commandButton, type OutgoingMessage } from '../model/message.ts';
import type { ParsedResume, ResumeRecord } from '../ports/store.ts';
import type { JsonResume, WorkEntry } from './json-resume.ts';
import type { ResumeWarning } from './warnings.ts';

export type ParseProgress = 'saving' | 'queued' | 'reading' | 'structuring';

const stages: Array<[Exclude<ParseProgress, 'saving' | 'queued'> | 'received' | 'done', string]> = [
  ['received', 'received'],
  ['reading', 'reading'],
  ['structuring', 'structuring'],
  ['done', 'done'],
];

/** "📄 cv.pdf (120 KB) — ✅ received → ⏳ reading → structuring → done" */
export function parseProgress(fileName: string, size: number | undefined, stage: ParseProgress): OutgoingMessage {
  const current = stage === 'saving' || stage === 'queued' ? 0 : stages.findIndex(([s]) => s === stage);
  const line = stages
    .map(([, label], i) => (i < current || (i === 0 && stage === 'queued') ? `✅ ${label}` : i === current ? `⏳ ${label}` : label))
    .join(' → ');
  const sizeText = size === undefined ? '' : ` (${formatBytes(size)})`;
  return { text: `📄 **${fileName}**${sizeText}\n${stage === 'saving' ? '⏳ saving…' : line}` };
}

const nextSteps = [commandButton('Optimize for a job', '/optimize', 'primary'), commandButton('Start an interview', '/interview'), commandButton('Show full resume', '/resume')];

export function summaryCard(record: Pick<ResumeRecord, "version" | "fileName">, resume: JsonResume, warnings: ResumeWarning[], source: ParsedResume['parseSource'], fileLabel: string): OutgoingMessage {
  const b = resume.basics;
  const latest = latestRole(resume.work);
  const skills = resume.skills.flatMap((s) => s.keywords).slice(0, 6);
  const lines = [
    `✅ **Resume version ${record.version} is ready** (${record.fileName}, ${fileLabel})`,
    `**${b.name ?? 'Name not found'}**${b.label ? ` · ${b.label}` : ''}`,
    `• ${resume.work.length} role${resume.work.length === 1 ? '' : 's'}${yearsText(resume.work)}${latest ? ` · latest: ${roleLine(latest)}` : ''}`,
    `• Top skills: ${skills.length ? skills.join(', ') : 'none found'}`,
  ];
  if (warnings.length > 0) lines.push('', '**To improve**', ...warnings.slice(0, 4).map((w) => `⚠️ ${w.message}`));
  lines.push('', `_${sourceNote[source]}_`);
  return { text: lines.join('\n'), buttons: nextSteps };
}

const sourceNote: Record<ParsedResume['parseSource'], string> = {
  rules: 'Read offline by my resume parser: everything shown is text from your file.',
  ai: 'Structured with AI and checked against your file: anything not in it was dropped.',
  'json-resume': 'Taken as is from your JSON Resume file.',
  edited: 'Your earlier version with the rewrites you accepted.',
};

/** /resume: the whole version, compact enough for one chat message. */
export function resumeView(resume: ParsedResume, versions: ResumeRecord[]): OutgoingMessage {
  const r = resume.parsed;
  const b = r.basics;
  const contacts = [b.email, b.phone, b.url, ...b.profiles.map((p) => p.url)].filter(Boolean).join(' · ');
  const lines = [`**${b.name ?? 'Name not found'}**${b.label ? ` · ${b.label}` : ''}`, contacts, ''];
  if (b.summary) lines.push(b.summary, '');
  if (r.work.length) lines.push('**Experience**', ...r.work.map((w) => `• ${roleLine(w)} · ${w.highlights.length} bullet${w.highlights.length === 1 ? '' : 's'}`), '');
  if (r.education.length) lines.push('**Education**', ...r.education.map((e) => `• ${[e.studyType, e.area].filter(Boolean).join(' in ') || 'Studies'}, ${e.institution}${e.endDate ? ` (${displayDate(e.endDate)})` : ''}`), '');
  const skills = r.skills.flatMap((s) => s.keywords);
  if (skills.length) lines.push(`**Skills:** ${skills.join(', ')}`, '');
  if (resume.warnings.length) lines.push(...resume.warnings.map((w) => `⚠️ ${w.message}`), '');
  lines.push(`_Version ${resume.version} of ${versions.length}, from ${resume.fileName}. ${olderVersions(resume, versions)}_`);
  return { text: lines.filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n').trim(), buttons: nextSteps.slice(0, 2) };
}

function olderVersions(shown: ResumeRecord, versions: ResumeRecord[]): string {
  const others = versions.filter((v) => v.id !== shown.id && v.status === 'parsed').map((v) => v.version);
  return others.length ? `Also kept: ${others.map((v) => `v${v}`).join(', ')} (see one with /resume ${others[0]}).` : 'Each upload becomes a new version.';
}

export const noResumeYet: OutgoingMessage = {
  text: "I don't have a resume from you yet. Send it here as a file (PDF, DOCX, TXT/MD or JSON Resume) and I'll read it.",
};

export function versionNotFound(version: number, versions: ResumeRecord[]): OutgoingMessage {
  const parsed = versions.filter((v) => v.status === 'parsed').map((v) => `v${v.version}`);
  return { text: `There is no readable version ${version}. ${parsed.length ? `Your versions: ${parsed.join(', ')}.` : 'Send your resume as a file first.'}` };
}

/** Shown with /resume while the newest upload is still being read, or could not be read. */
export function latestUploadNote(latest: ResumeRecord): string | undefined {
  if (latest.status === 'failed') return `Your latest upload (${latest.fileName}) couldn't be read, so this is your last good version. Send the file again to try once more.`;
  if (latest.status !== 'parsed') return `${latest.fileName} is still being read; this is your previous version.`;
  return undefined;
}

export function parseFailed(message: string): OutgoingMessage {
  return { text: `⚠️ ${message}`, buttons: [{ label: 'Upload resume', actionId: 'upload-resume', value: '' }] };
}

/** "PDF, 2 pages", "Word document", "plain text". */
export function fileLabel(fileType: string, pages: number): string {
  const names: Record<string, string> = { pdf: 'PDF', docx: 'Word document', text: 'plain text', markdown: 'Markdown', 'json-resume': 'JSON Resume' };
  const name = names[fileType] ?? fileType;
  return fileType === 'pdf' ? `${name}, ${pages} page${pages === 1 ? '' : 's'}` : name;
}

function latestRole(work: WorkEntry[]): WorkEntry | undefined {
  // Current roles first, then by start date: resumes are not always newest-first.
  return [...work].sort((a, b) => Number(Boolean(a.endDate)) - Number(Boolean(b.endDate)) || (b.startDate ?? '').localeCompare(a.startDate ?? ''))[0];
}

/** " · 11 years" from the earliest start to the latest end (or today); "" when undated. */
function yearsText(work: WorkEntry[], now = new Date()): string {
  const starts = work.map((w) => w.startDate).filter((d): d is string => Boolean(d)).sort();
  if (starts.length === 0) return '';
  const today = now.toISOString().slice(0, 7);
  const end = work.some((w) => w.startDate && !w.endDate) ? today : work.map((w) => w.endDate ?? '').sort().at(-1)!;
  const months = (Number(end.slice(0, 4)) - Number(starts[0]!.slice(0, 4))) * 12 + (Number(end.slice(5, 7) || 1) - Number(starts[0]!.slice(5, 7) || 1));
  const years = Math.round(months / 12);
  return years >= 1 ? ` · ${years} year${years === 1 ? '' : 's'}` : ' · under a year';
}

function roleLine(w: WorkEntry): string {
  const what = [w.position, w.name].filter(Boolean).join(' at ');
  const when = w.startDate ? ` (${displayDate(w.startDate)} – ${w.endDate ? displayDate(w.endDate) : 'present'})` : '';
  return `${what || 'Role'}${when}`;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function displayDate(iso: string): string {
  const [year, month] = iso.split('-');
  return month ? `${monthNames[Number(month) - 1]} ${year}` : year!;
}

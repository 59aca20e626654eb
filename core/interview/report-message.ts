// The report as a chat message (with the chart image) and as text lines the PDF reuses.
import { commandButton, type OutgoingFile, type OutgoingMessage } from '../model/message.ts';
import type { InterviewReport } from './report.ts';
import type { InterviewSession } from './session.ts';

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The report's sections as markdown lines: shared by the message and the PDF. */
export function reportLines(report: InterviewReport, session: Pick<InterviewSession, 'role' | 'kind' | 'level'>, note?: string): string[] {
  const lines = [`**Interview report** — ${session.role ?? 'Interview'} · ${session.kind} · ${session.level} · ${report.answered} of ${report.asked} questions answered`];
  if (note) lines.push(`_${note}_`);
  if (report.answered === 0) return [...lines, '', 'No answers to score yet. Start again with /interview when you have 15 minutes.'];
  lines.push(`**Overall: ${report.overall.toFixed(1)}/5**`, `By competency: ${report.byCompetency.map((c) => `${cap(c.competency)} ${c.score.toFixed(1)}`).join(' · ')}`);
  if (report.strengths.length) lines.push(`**Strengths:** ${report.strengths.join('; ')}`);
  lines.push('', '**Top improvements**', ...report.improvements.slice(0, 3).map((i, n) => `${n + 1}) ${i}`));
  if (report.scoredBy === 'offline') lines.push('', '_Scored offline by rules (STAR markers, numbers, first-person actions, length), not AI._');
  if (report.modelAnswer) {
    const from = report.modelAnswer.story ? `your saved story "${report.modelAnswer.story}"` : 'built only from your resume; fill in the brackets';
    lines.push('', `**Model answer for your weakest question** (${from})`, `_${report.modelAnswer.question}_`, report.modelAnswer.text);
  }
  return lines;
}

export function reportMessage(report: InterviewReport, session: InterviewSession, chart: OutgoingFile | undefined, note?: string): OutgoingMessage {
  return {
    text: reportLines(report, session, note).join('\n'),
    files: chart ? [chart] : [],
    buttons: [commandButton('Report as PDF', '/export report', 'primary'), commandButton('New interview', '/interview')],
  };
}

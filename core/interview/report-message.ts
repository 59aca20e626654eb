// The report as a chat message (with the chart image) and as text lines the PDF reuses.
import { commandButton, type OutgoingFile, type OutgoingMessage } from '../model/message.ts';
import type { InterviewReport } from './report.ts';
import type { InterviewSession } from './session.ts';
import { deliveryFigures } from '../voice/delivery.ts';

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The report's sections as markdown lines: shared by the message and the PDF. */
export function reportLines(report: InterviewReport, session: Pick<InterviewSession, 'role' | 'kind' | 'level'>, note?: string): string[] {
  const lines = [`**Interview report** — ${session.role ?? 'Interview'} · ${session.kind} · ${session.level} · ${report.answered} of ${report.asked} questions answered`];
  if (note) lines.push(`_${note}_`);
  if (report.answered === 0) return [...lines, '', 'No answers to score yet. Start again with /interview when you have 15 minutes.'];
  lines.push(`**Overall: ${report.overall.toFixed(1)}/5**`, `By competency: ${report.byCompetency.map((c) => `${cap(c.competency)} ${c.score.toFixed(1)}`).join(' · ')}`);
  if (report.strengths.length) lines.push(`**Strengths:** ${report.strengths.join('; ')}`);
  if (report.delivery) lines.push(`**Delivery** (${report.delivery.spokenAnswers} spoken ${report.delivery.spokenAnswers === 1 ? 'answer' : 'answers'}): ${deliveryFigures(report.delivery)}`);
  lines.push('', '**Top improvements**', ...report.improvements.slice(0, 3).map((i, n) => `${n + 1}) ${i}`));
  if (report.scoredBy === 'offline') lines.push('', '_Scored offline by rules (STAR markers, numbers, first-person actions, length), not AI._');
  if (report.modelAnswer) {
    const from = report.modelAnswer.story ? `your saved story "${report.modelAnswer.story}"` : 'built only from your resume; fill in the brackets';
    lines.push('', `**Model answer for your weakest question** (${from})`, `_${report.modelAnswer.question}_`, report.modelAnswer.text);
  }
  return lines;
}

/** `drills`: weak answers queued for re-practice; the report says when they come back. */
export function reportMessage(report: InterviewReport, session: InterviewSession, chart: OutgoingFile | undefined, drills = 0, note?: string): OutgoingMessage {
  const practice = drills
    ? `\n\n🔁 ${drills === 1 ? 'One answer' : `${drills} answers`} scored below 3. I'll bring ${drills === 1 ? 'it' : 'them'} back as a 2-minute drill tomorrow, then after 3 and 7 days (/practice off stops that).`
    : '';
  return {
    text: reportLines(report, session, note).join('\n') + practice,
    files: chart ? [chart] : [],
    buttons: [
      commandButton('Report as PDF', '/export report', 'primary'),
      ...(drills ? [commandButton('Practice my weakest answer', '/practice')] : []),
      commandButton('New interview', '/interview'),
    ],
  };
}

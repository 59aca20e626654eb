// The report as a chat message (with the chart image) and as text lines the PDF reuses.
import { commandButton, type OutgoingFile, type OutgoingMessage } from '../model/message.ts';
import type { InterviewReport } from './report.ts';
import type { InterviewSession } from './session.ts';
import { deliveryFigures } from '../voice/delivery.ts';
import * as words from './report-text.ts';

/** The report's sections as markdown lines: shared by the message and the PDF. */
export function reportLines(report: InterviewReport, session: Pick<InterviewSession, 'role' | 'kind' | 'level'>, note?: string): string[] {
  const lines = [words.heading(session.role, session.kind, session.level, report.answered, report.asked)];
  if (note) lines.push(`_${note}_`);
  if (report.answered === 0) return [...lines, '', words.noAnswers()];
  lines.push(words.overall(report.overall.toFixed(1)), words.byCompetency(report.byCompetency.map((c) => `${words.competencyName(c.competency)} ${c.score.toFixed(1)}`).join(' · ')));
  if (report.strengths.length) lines.push(words.strengths(report.strengths.join('; ')));
  if (report.delivery) lines.push(words.delivery(report.delivery.spokenAnswers, deliveryFigures(report.delivery)));
  lines.push('', words.topImprovements(), ...report.improvements.slice(0, 3).map((i, n) => `${n + 1}) ${i}`));
  if (report.scoredBy === 'offline') lines.push('', words.scoredOffline());
  if (report.modelAnswer) {
    lines.push('', words.modelAnswerHeading(report.modelAnswer.story), `_${report.modelAnswer.question}_`, report.modelAnswer.text);
  }
  return lines;
}

/** `drills`: weak answers queued for re-practice; the report says when they come back. */
export function reportMessage(report: InterviewReport, session: InterviewSession, chart: OutgoingFile | undefined, drills = 0, note?: string): OutgoingMessage {
  const practice = drills ? `\n\n${words.drillsQueued(drills)}` : '';
  const labels = words.reportButtons();
  return {
    text: reportLines(report, session, note).join('\n') + practice,
    files: chart ? [chart] : [],
    buttons: [
      commandButton(labels.pdf, '/export report', 'primary'),
      ...(drills ? [commandButton(labels.practice, '/practice')] : []),
      commandButton(labels.again, '/interview'),
    ],
  };
}

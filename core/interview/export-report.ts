// /export report: the last interview's report as a PDF in the chat.
import { randomUUID } from 'node:crypto';
import { commandButton, type OutgoingMessage } from '../model/message.ts';
import type { FileStore } from '../ports/file-store.ts';
import type { Store } from '../ports/store.ts';
import type { InterviewReport } from './report.ts';
import { reportLines } from './report-message.ts';
import * as words from './report-text.ts';

export async function exportReport(store: Store, files: FileStore, userId: string): Promise<OutgoingMessage> {
  const session = await store.interviews.latestFor(userId);
  const report = session?.status === 'reported' ? ((await store.interviews.report(session.id)) as (InterviewReport & { chartKey?: string }) | undefined) : undefined;
  if (!session || !report) return { text: words.nothingToExport(), buttons: [commandButton(words.startInterview(), '/interview', 'primary')] };
  const chart = report.chartKey ? await files.get(report.chartKey).catch(() => undefined) : undefined;
  const name = `Interview_report_${session.createdAt.toISOString().slice(0, 10)}.pdf`;
  const fileKey = `exports/${userId}/${randomUUID()}/${name}`;
  const { renderReportPdf } = await import('./report-pdf.ts'); // pdfkit loads on first use
  await files.put(fileKey, await renderReportPdf(reportLines(report, session), chart), 'application/pdf');
  return { text: words.reportAsPdf(), files: [{ name, mimeType: 'application/pdf', fileKey }], buttons: [commandButton(words.reportButtons().again, '/interview')] };
}

// The report's chart: one bar per competency (1–5) plus the overall score, drawn on the
// server to a PNG the chat shows as an image. Text uses the bundled Noto Sans, so labels look
// the same on every machine.
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { InterviewReport } from './report.ts';
import { chartOverall, chartTitle, competencyName } from './report-text.ts';

const require = createRequire(import.meta.url);
let fontReady = false;

function font(): string {
  if (!fontReady) {
    try {
      GlobalFonts.registerFromPath(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'), 'IntervAI Sans');
    } catch {
      // Without the font package the system's default sans font draws the labels.
    }
    fontReady = true;
  }
  return 'IntervAI Sans, sans-serif';
}

const colours = { bar: '#4f6bed', overall: '#1f9d55', grid: '#e5e7eb', text: '#111827', muted: '#6b7280' };

export async function renderReportChart(report: InterviewReport): Promise<Buffer> {
  const rows = [...report.byCompetency.map((c) => ({ label: competencyName(c.competency), score: c.score, overall: false })), { label: chartOverall(), score: report.overall, overall: true }];
  const width = 720;
  const rowHeight = 44;
  const top = 64;
  const left = 190;
  const barWidth = width - left - 70;
  const canvas = createCanvas(width, top + rows.length * rowHeight + 40);
  const ctx = canvas.getContext('2d');
  const family = font();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = colours.text;
  ctx.font = `bold 22px ${family}`;
  ctx.fillText(chartTitle(), 24, 38);
  for (let mark = 1; mark <= 5; mark++) {
    const x = left + (barWidth * mark) / 5;
    ctx.fillStyle = colours.grid;
    ctx.fillRect(x, top - 8, 1, rows.length * rowHeight);
    ctx.fillStyle = colours.muted;
    ctx.font = `13px ${family}`;
    ctx.fillText(String(mark), x - 4, top + rows.length * rowHeight + 18);
  }
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    ctx.fillStyle = colours.text;
    ctx.font = `${row.overall ? 'bold ' : ''}16px ${family}`;
    const label = row.label.charAt(0).toUpperCase() + row.label.slice(1);
    ctx.fillText(label.length > 22 ? `${label.slice(0, 21)}…` : label, 24, y + 22);
    ctx.fillStyle = row.overall ? colours.overall : colours.bar;
    ctx.fillRect(left, y + 6, Math.max(2, (barWidth * row.score) / 5), rowHeight - 18);
    ctx.fillStyle = colours.text;
    ctx.fillText(row.score.toFixed(1), left + (barWidth * row.score) / 5 + 8, y + 22);
  });
  return canvas.encode('png');
}

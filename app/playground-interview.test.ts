// A full mock interview in the playground with an AI provider (a loopback fake scripted by
// what each request asks): options by buttons, five questions, a follow-up, scoring in the
// background, then the report with its chart image and the PDF.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { rubricCriteria } from '../core/coach/coach.ts';
import type { ChatRequest } from '../test-helpers/fake-openai.ts';
import { PlaygroundClient } from '../test-helpers/playground-client.ts';
import { startPlaygroundWithAi, type PlaygroundWithAi } from '../test-helpers/playground-with-ai.ts';
import { weakBulletsResume } from '../test-helpers/resume-files.ts';

let app: PlaygroundWithAi;
let followUpsAsked = 0;

/** The judge gets a rubric; the interviewer follows up once, on the first answer, then moves on. */
function scripted(request: ChatRequest): string {
  const system = String(request.messages[0]?.content ?? '');
  if (/score one interview answer/.test(system)) {
    return JSON.stringify(Object.fromEntries(rubricCriteria.map((c, i) => [c, { score: 2 + (i % 3), evidence: 'payouts went out 3 hours earlier', improvement: `Improve ${c}.` }])));
  }
  if (/interviewer/.test(system)) {
    const first = followUpsAsked++ === 0;
    return JSON.stringify(first ? { decision: 'follow_up', reason: 'no_result', followUp: 'What changed for the merchants afterwards?' } : { decision: 'next_question', reason: 'complete', followUp: '' });
  }
  return 'Fake answer.';
}

before(async () => {
  app = await startPlaygroundWithAi((provider) => void (provider.defaultReply = scripted));
});
after(() => app.stop());

test('a full AI interview in the playground: buttons, five questions with a follow-up, the report, its chart and PDF', async () => {
  const client = new PlaygroundClient(app.served.url, 'Ana');
  await client.connect();
  await client.upload('ana.json', Buffer.from(JSON.stringify(weakBulletsResume)), 'application/json');
  await client.waitFor((e) => e.text.includes('Resume version 1 is ready'));
  const pressLatest = async (label: string) => {
    const button = [...client.events].reverse().flatMap((e) => e.buttons).find((b) => b.label === label)!;
    await client.press(button.actionId, button.value);
  };
  await client.say('/interview backend at Ledgerly');
  await client.waitFor((e) => e.text.startsWith('What kind of interview?'));
  await pressLatest('Mixed');
  await client.waitFor((e) => e.text.startsWith('At what level?'));
  await pressLatest('Senior');
  await client.waitFor((e) => /^Interview: backend at Ledgerly · mixed · 5 questions/.test(e.text));

  const answer = 'I owned the payouts service; I measured each step, rewrote two slow queries, and payouts went out 3 hours earlier.';
  await client.say(answer);
  await client.waitFor((e) => e.text === 'Follow-up: What changed for the merchants afterwards?');
  for (let n = 2; n <= 5; n++) {
    await client.say(answer);
    await client.waitFor((e) => e.text.startsWith(`**Q${n}/5.**`));
  }
  await client.say(answer);
  await client.waitFor((e) => e.text.startsWith("That's all my questions."));
  const report = await client.waitFor((e) => e.text.startsWith('**Interview report**'));
  assert.doesNotMatch(report.text, /Scored offline/, 'scored by the model');
  assert.match(report.text, /5 of 5 questions answered\n\*\*Overall: \d\.\d\/5\*\*/);
  const chart = report.files![0]!;
  const png = Buffer.from(await (await client.download(chart.url)).arrayBuffer());
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');

  await client.say('/export report');
  const sent = await client.waitFor((e) => e.files?.[0]?.name.endsWith('.pdf') === true);
  const pdf = await getDocument({ data: new Uint8Array(await (await client.download(sent.files![0]!.url)).arrayBuffer()), isEvalSupported: false, verbosity: 0 }).promise;
  const text = (await (await pdf.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
  assert.match(text, /Interview report/);
  assert.match(text, /Overall: \d\.\d\/5/);
  await pdf.destroy();
  client.disconnect();
});

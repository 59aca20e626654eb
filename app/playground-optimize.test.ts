// /optimize in the playground with an AI provider (a loopback fake): the report, AI rewrites
// checked by the grounding checker (a rewrite that invents an employer and a number is never
// shown), two accepted rewrites, and DOCX and PDF downloads that open and hold them.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PlaygroundClient } from '../test-helpers/playground-client.ts';
import { startPlaygroundWithAi, type PlaygroundWithAi } from '../test-helpers/playground-with-ai.ts';
import { backendJobDescription, weakBulletsResume } from '../test-helpers/resume-files.ts';

let app: PlaygroundWithAi;

before(async () => {
  app = await startPlaygroundWithAi();
});
after(() => app.stop());

test('a user optimizes for a job in the playground, accepts two rewrites and downloads DOCX and PDF', async () => {
  const client = new PlaygroundClient(app.served.url, 'Maya');
  await client.connect();
  assert.equal((await client.upload('maya.json', Buffer.from(JSON.stringify(weakBulletsResume)), 'application/json')).status, 202);
  await client.waitFor((e) => e.text.includes('Resume version 1 is ready'));

  app.provider.reply(
    JSON.stringify({
      rewrites: [
        { index: 0, rewrite: 'Managed the Node.js payouts service on PostgreSQL', askForMetric: 'Roughly how many payouts a day?' },
        { index: 1, rewrite: 'Built the Kafka event pipeline for card settlements at Stripe, handling 2M events a day', askForMetric: '' },
        { index: 2, rewrite: 'Improved the on-call runbooks for the team', askForMetric: '' },
      ],
    }),
  );
  await client.say('/optimize');
  await client.waitFor((e) => e.text.startsWith('Paste the job description'));
  await client.say(backendJobDescription);
  const report = await client.waitFor((e) => e.event === 'edit' && e.text.startsWith('**Match: '));
  assert.match(report.text, /for _Senior Backend Engineer_/);
  assert.deepEqual(report.buttons.map((b) => b.label), ['Export DOCX', 'Export PDF', 'Cover letter']);
  const third = await client.waitFor((e) => e.text.startsWith('**Suggestion 3/3**'));
  const suggestions = client.events.filter((e) => e.event === 'message' && e.text.startsWith('**Suggestion '));
  assert.match(suggestions[0]!.text, /after: "Managed the Node\.js payouts service on PostgreSQL"\n\(Roughly how many payouts a day\?/);
  assert.doesNotMatch(suggestions[1]!.text, /Stripe|2M/, 'the invented employer and number never reach the user');
  assert.match(suggestions[1]!.text, /after: "Built the Kafka event pipeline for card settlements"[\s\S]*Offline coach template/);
  assert.match(third.text, /after: "Improved the on-call runbooks for the team"/);

  for (const suggestion of [suggestions[0]!, third]) {
    const accept = suggestion.buttons.find((b) => b.label === 'Accept')!;
    await client.press(accept.actionId, accept.value);
    await client.waitFor((e) => e.id === suggestion.id && e.event === 'edit' && e.text.includes('accepted'));
  }

  for (const format of ['docx', 'pdf']) {
    await client.say(`/export ${format}`);
    const sent = await client.waitFor((e) => e.files?.[0]?.name.endsWith(`_v3.${format}`) === true);
    const response = await client.download(sent.files![0]!.url);
    assert.equal(response.status, 200);
    const bytes = Buffer.from(await response.arrayBuffer());
    const text =
      format === 'docx'
        ? (await mammoth.extractRawText({ buffer: bytes })).value
        : (await (await (await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise).getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    for (const bullet of ['Managed the Node.js payouts service on PostgreSQL', 'Improved the on-call runbooks for the team']) {
      assert.ok(text.replace(/\s+/g, ' ').includes(bullet), `${format} has "${bullet}"`);
    }
  }
  const stranger = new PlaygroundClient(app.served.url, 'Eve');
  const link = client.events.find((e) => e.files?.length)!.files![0]!.url;
  assert.equal((await stranger.download(link)).status, 404, 'a download link works only in its own conversation');
  client.disconnect();
});

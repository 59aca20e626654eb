import assert from 'node:assert/strict';
import { test } from 'node:test';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { jsonResumeSchema, type JsonResume } from '../json-resume.ts';
import { pdfFonts } from './pdf-fonts.ts';
import { dateRange, displayDate } from './resume-lines.ts';
import { renderResumeDocx } from './resume-docx.ts';
import { renderResumePdf } from './resume-pdf.ts';
import { toWinAnsi } from './win-ansi.ts';

const sample: JsonResume = jsonResumeSchema.parse({
  basics: {
    name: 'Zoë Müller',
    label: 'Senior Backend Engineer',
    email: 'zoe@example.com',
    phone: '+49 30 1234567',
    url: 'https://zoe.dev',
    summary: 'Backend engineer with eight years of building payment and search systems.\n\nLikes boring technology.',
    location: { city: 'Berlin', countryCode: 'DE' },
    profiles: [{ network: 'GitHub', username: 'zoem', url: 'https://github.com/zoem' }, { network: 'Mastodon', username: '@zoe@hachyderm.io' }],
  },
  work: [
    {
      name: 'Acme Payments GmbH',
      position: 'Staff Engineer',
      location: 'Łódź, Poland',
      startDate: '2021-03',
      summary: 'Led the ledger team of six.',
      highlights: [
        'Rebuilt the settlement pipeline in Go and cut p99 latency by 40% while traffic doubled year over year, without a single missed payout',
        'Mentored four engineers, two promoted to senior',
        'Designed an idempotent retry scheme for card-network callbacks (Visa, Mastercard)',
      ],
    },
    {
      name: 'Nguyễn & Partners',
      position: 'Software Engineer',
      startDate: '2017-09',
      endDate: '2021-02',
      highlights: ['Shipped full-text search over 30M documents with Postgres', 'Cut cloud spend by €12k a month'],
    },
  ],
  education: [{ institution: 'Technische Universität München', studyType: 'MSc', area: 'Computer Science', startDate: '2015', endDate: '2017', score: '1.3' }],
  skills: [
    { name: 'Languages', keywords: ['Go', 'TypeScript', 'SQL'] },
    { name: 'Infrastructure', keywords: ['Kubernetes', 'Terraform', 'AWS'] },
  ],
  projects: [{ name: 'pgqueue', description: 'A job queue on Postgres SKIP LOCKED.', url: 'https://github.com/zoem/pgqueue', highlights: ['1.2k GitHub stars'] }],
  certificates: [{ name: 'AWS Certified Solutions Architect', issuer: 'Amazon Web Services', date: '2022-06' }],
  languages: [{ language: 'German', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }],
});

/** Texts a reader (or an ATS) must find in either export. */
const expected = [
  'Zoë Müller',
  'Senior Backend Engineer',
  'zoe@example.com · +49 30 1234567 · https://zoe.dev · https://github.com/zoem · Mastodon: @zoe@hachyderm.io',
  'Summary',
  'Likes boring technology.',
  'Experience',
  'Staff Engineer — Acme Payments GmbH',
  'Mar 2021 – Present',
  'Sep 2017 – Feb 2021',
  'Led the ledger team of six.',
  ...sample.work.flatMap((w) => w.highlights),
  'Education',
  'MSc in Computer Science — Technische Universität München',
  '2015 – 2017 · Score: 1.3',
  'Skills',
  'Languages: Go, TypeScript, SQL',
  'Infrastructure: Kubernetes, Terraform, AWS',
  'Projects',
  'pgqueue',
  '1.2k GitHub stars',
  'Certifications',
  'AWS Certified Solutions Architect — Amazon Web Services, Jun 2022',
  'German: Native',
];

/** Texts beyond Windows-1252, which the PDF prints as written only with the Unicode font. */
const beyondWinAnsi = ['Łódź, Poland · Mar 2021 – Present', 'Nguyễn & Partners'];

/** Text extraction splits lines differently per format: compare with whitespace collapsed, and
 *  without the space a wrap after a hyphen or slash leaves. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').replace(/([-/]) /g, '$1').trim();

function assertContainsAll(text: string, needles: readonly string[]): void {
  const haystack = normalise(text);
  const missing = needles.filter((n) => !haystack.includes(normalise(n)));
  assert.deepEqual(missing, [], `missing from:\n${haystack}`);
}

async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { text: parts.join(' '), pages };
}

test('dates read "Mar 2021", and a missing end date is "Present"', () => {
  assert.equal(displayDate('2021-03'), 'Mar 2021');
  assert.equal(displayDate('2019'), '2019');
  assert.equal(dateRange('2021-03'), 'Mar 2021 – Present');
  assert.equal(dateRange('2017-09', '2021-02'), 'Sep 2017 – Feb 2021');
  assert.equal(dateRange(undefined, '2017'), '2017');
  assert.equal(dateRange(), '');
});

test('text for Helvetica folds what Windows-1252 lacks to its closest ASCII', () => {
  assert.equal(toWinAnsi('Łukasz Wróbel'), 'Lukasz Wróbel');
  assert.equal(toWinAnsi('Nguyễn Thị Ánh'), 'Nguyen Thi Ánh');
  assert.equal(toWinAnsi('Zoë Müller — Søren • “quoted” €5'), 'Zoë Müller — Søren • “quoted” €5');
  assert.equal(toWinAnsi('Ze\u0301'), 'Zé');
  assert.equal(toWinAnsi('Иван🚀 ok'), '???? ok');
});

test('DOCX: every line is real text; headings and bullets are Word styles; no tables', async () => {
  const docx = await renderResumeDocx(sample);
  const { value } = await mammoth.extractRawText({ buffer: docx });
  assertContainsAll(value, [...expected, ...beyondWinAnsi]);

  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  assert.doesNotMatch(xml, /<w:tbl[\s>]|<w:txbxContent|<w:drawing|<w:pict|<w:cols /);
  assert.match(xml, /<w:pStyle w:val="Title"\/>/);
  assert.equal(xml.match(/<w:pStyle w:val="Heading1"\/>/g)?.length, 7);
  // Five work highlights and the project's one, each a list paragraph with no typed bullet.
  assert.equal(xml.match(/<w:numPr>/g)?.length, 6);
  assert.doesNotMatch(xml, /<w:t[^>]*>•/);
});

test('PDF: every line is selectable text in reading order', async () => {
  const pdf = await renderResumePdf(sample);
  const { text } = await pdfText(pdf);
  const unicode = pdfFonts().unicode;
  // Without the Unicode font, Helvetica prints what Windows-1252 lacks in its ASCII form.
  const asPrinted = (s: string) => (unicode ? s : toWinAnsi(s));
  assertContainsAll(text, [...expected, ...beyondWinAnsi].map(asPrinted));
  assert.ok(text.indexOf('Experience') < text.indexOf('Education') && text.indexOf('Education') < text.indexOf('Skills'));
  assert.match(normalise(text), /• Rebuilt the settlement pipeline/);
});

test('PDF: the same resume gives the same bytes', async () => {
  assert.deepEqual(await renderResumePdf(sample), await renderResumePdf(sample));
});

test('empty sections are left out of both exports', async () => {
  const minimal = jsonResumeSchema.parse({ basics: { name: 'Ana Silva' }, work: [{ name: 'Globex', position: 'Analyst', startDate: '2020', highlights: [' ', ''] }] });
  const docx = (await mammoth.extractRawText({ buffer: await renderResumeDocx(minimal) })).value;
  const pdf = (await pdfText(await renderResumePdf(minimal))).text;
  for (const text of [docx, pdf]) {
    assertContainsAll(text, ['Ana Silva', 'Experience', 'Analyst — Globex', '2020 – Present']);
    for (const heading of ['Summary', 'Education', 'Skills', 'Projects', 'Certifications', 'Languages']) assert.ok(!text.includes(heading), heading);
  }
});

test('a long resume flows onto more pages', async () => {
  const highlights = Array.from({ length: 15 }, (_, i) => `Highlight number ${i + 1} with enough words to wrap across the full width of the page, twice over at least`);
  const long = jsonResumeSchema.parse({ ...sample, work: Array.from({ length: 6 }, (_, i) => ({ name: `Company ${i + 1}`, position: 'Engineer', startDate: '2010', highlights })) });
  const { text, pages } = await pdfText(await renderResumePdf(long));
  assert.ok(pages >= 3, `${pages} pages`);
  assertContainsAll(text, ['Company 6', 'Highlight number 15 with enough words to wrap across the full width of the page, twice over at least']);
});

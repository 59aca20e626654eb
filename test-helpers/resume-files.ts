// Resume files for tests: real ones rendered from the evaluation set (eval/resumes), and the
// bad files every upload path must answer clearly: encrypted, scanned, truncated, a zip bomb,
// a renamed binary, a 30-page document.
import { deflateRawSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { loadPeople } from '../eval/resumes/people.ts';
import { renderAll, type Layout } from '../eval/resumes/render/index.ts';
import type { JsonResume } from '../core/resume/json-resume.ts';

/** Oluwaseun Adebayo's resume (eval person 02) in one of the evaluation layouts. */
export async function sampleResume(layout: Layout = 'pdf-two-column'): Promise<{ bytes: Buffer; expected: JsonResume }> {
  const person = loadPeople().find((p) => p.id.startsWith('02-'))!;
  const [rendered] = await renderAll(person.resume, person.index, [layout]);
  return { bytes: rendered!.bytes, expected: person.resume };
}

export const plainTextResume = [
  'Ada Lovelace',
  'Analytical Engine Programmer',
  'ada@example.com | +44 20 7946 0000',
  '',
  'EXPERIENCE',
  'Lead Programmer (Jan 2021 - Present)',
  'Babbage Analytics Ltd, London',
  '- Wrote the first published algorithm, used by 3 research teams',
  '- Cut computation time by 40% with a loop-based design',
  '',
  'EDUCATION',
  'University of London (2015-09 to 2019-06)',
  'BSc in Mathematics',
  '',
  'SKILLS',
  'Languages: Python, SQL, TypeScript',
].join('\n');

function pdf(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ ...options, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

export const encryptedPdf = () => pdf({ userPassword: 'secret', ownerPassword: 'owner' }, (doc) => doc.text('Ada Lovelace, Programmer'));

/** A "scan": the page only holds drawn shapes, no text at all. */
export const scannedPdf = () => pdf({}, (doc) => doc.rect(50, 50, 400, 600).fill('#888'));

export const longPdf = (pages: number) =>
  pdf({}, (doc) => {
    for (let i = 1; i <= pages; i++) {
      if (i > 1) doc.addPage();
      doc.text(`Chapter ${i}: a long report about many things, page ${i} of ${pages}.`);
    }
  });

/** The first half of a real PDF: the header is there, the rest (and the xref) is not. */
export const truncated = (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2));

export const pngBytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** A DOCX-looking ZIP whose document.xml unpacks to 64 MB of spaces (64 KB packed). */
export function docxZipBomb(): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'word/document.xml', data: Buffer.alloc(64 * 1024 * 1024, 0x20) },
  ]);
}

/** A minimal ZIP writer (stored sizes are honest); enough to build test archives. */
function zip(entries: Array<{ name: string; data: Buffer }>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A JSON Resume whose bullets need work: weak openings, no numbers. */
export const weakBulletsResume: JsonResume = {
  basics: { name: 'Maya Patel', label: 'Backend Engineer', email: 'maya@example.com', summary: 'Backend engineer who likes payments.', profiles: [] },
  work: [
    {
      name: 'Finlo Payments',
      position: 'Backend Engineer',
      startDate: '2020-03',
      highlights: ['Responsible for managing the Node.js payouts service on PostgreSQL', 'Worked on the Kafka event pipeline for card settlements', 'Helped to improve the on-call runbooks for the team'],
    },
    { name: 'Shoply', position: 'Junior Developer', startDate: '2018-01', endDate: '2020-02', highlights: ['Built REST APIs in TypeScript for 40 merchants'] },
  ],
  education: [{ institution: 'University of Leeds', studyType: 'BSc', area: 'Computer Science', endDate: '2017' }],
  skills: [{ name: 'Backend', keywords: ['Node.js', 'TypeScript', 'PostgreSQL', 'Kafka'] }],
  projects: [],
  certificates: [],
  languages: [],
};

export const backendJobDescription = [
  '# Senior Backend Engineer at Ledgerly',
  'Ledgerly is hiring a Senior Backend Engineer to build payment services.',
  'You will design APIs in Node.js and TypeScript, run PostgreSQL and Kafka in production, and deploy with Docker and Kubernetes.',
  'Requirements: 5+ years of backend experience, a degree in Computer Science, strong communication and mentoring.',
].join('\n');

// Plain text as people paste it: headings in capitals, "- " bullets, dates after the title.
import type { JsonResume } from '../../../core/resume/json-resume.ts';
import { certificateLines, contactItems, educationEntries, languageLines, projectEntries, skillLines, workEntries, type Entry } from './content.ts';
import { heading, type Section } from './style.ts';

function entryLines(e: Entry): string[] {
  const title = e.dates ? `${e.title} (${e.dates})` : e.title;
  return [title, e.subtitle, e.summary ?? '', ...e.bullets.map((b) => `- ${b}`)].filter((line) => line !== '');
}

/** A section as text blocks: entries are separated by a blank line, and so are sections. */
function section(index: number, name: Section, blocks: string[][]): string[] {
  if (blocks.length === 0) return [];
  return [heading(index, name).toUpperCase(), ...blocks.flatMap((block, i) => (i === 0 ? block : ['', ...block])), ''];
}

const oneBlock = (lines: string[]) => (lines.length === 0 ? [] : [lines]);

export async function renderTxt(resume: JsonResume, index: number): Promise<Buffer> {
  const b = resume.basics;
  const text = [
    b.name ?? '',
    ...(b.label ? [b.label] : []),
    contactItems(resume).join(' | '),
    '',
    ...section(index, 'summary', oneBlock(b.summary ? [b.summary] : [])),
    ...section(index, 'work', workEntries(resume, index).map(entryLines)),
    ...section(index, 'education', educationEntries(resume, index).map(entryLines)),
    ...section(index, 'skills', oneBlock(skillLines(resume))),
    ...section(index, 'projects', projectEntries(resume).map(entryLines)),
    ...section(index, 'certificates', oneBlock(certificateLines(resume, index))),
    ...section(index, 'languages', oneBlock(languageLines(resume))),
  ].join('\n');
  return Buffer.from(text, 'utf8');
}

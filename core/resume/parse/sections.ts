// Splits resume lines into sections by their headings ("Work Experience", "EDUCATION",
// "Skills:"). A heading is recognised by its words, helped by how it looks (caps, bold, size,
// a heading style); whatever comes before the first heading is the header (name, contacts).
import type { TextLine } from '../text/resume-text.ts';

export type SectionKind = 'summary' | 'work' | 'education' | 'skills' | 'projects' | 'certificates' | 'languages' | 'contact' | 'other';

const vocabulary: Array<[SectionKind, RegExp]> = [
  ['summary', /^(professional |career |personal )?(summary|profile|objective|about( me)?|overview)$/],
  ['work', /^((professional|work|relevant|employment|career|industry|teaching|research|clinical) )?(experience|history|employment)( history)?$|^(employment|work history|positions|career)$/],
  ['education', /^(education|academic background|education (and|&) training|qualifications|academic qualifications)$/],
  ['skills', /^((technical|core|key|professional) )?(skills|competencies|expertise|technologies|tools)( (and|&) (tools|technologies|expertise))?$|^tech stack$/],
  ['projects', /^((selected|personal|side|key) )?projects$/],
  ['certificates', /^(certifications?|certificates|licen[cs]es( (and|&) certifications)?|certifications (and|&) (licen[cs]es|training)|(training|courses) (and|&) certifications|courses|training)$/],
  ['languages', /^(spoken )?languages?( skills)?$/],
  ['contact', /^(contact( me| details| information| info)?|details|personal (details|information))$/],
  ['other', /^(interests|hobbies|publications|awards|honou?rs|volunteer(ing)?( experience)?|references|activities|achievements|memberships)$/],
];

export interface Section {
  kind: SectionKind;
  heading: string;
  lines: TextLine[];
}

export function headingKind(line: TextLine, bodySize: number): SectionKind | undefined {
  const words = line.text.replace(/[:：]\s*$/, '').trim();
  if (words.length > 40 || line.bullet) return undefined;
  const key = words.toLowerCase().replace(/\s+/g, ' ');
  const kind = vocabulary.find(([, pattern]) => pattern.test(key))?.[0];
  if (!kind) return undefined;
  // A known word alone on its line is a heading in practice; looks only break ties in prose.
  const looksLikeHeading = line.heading || line.bold || line.size > bodySize + 0.5 || words === words.toUpperCase() || /[:：]\s*$/.test(line.text) || line.parts.length === 1;
  return looksLikeHeading ? kind : undefined;
}

/** The most common font size: body text. Headings and names are larger. */
export function bodySizeOf(lines: TextLine[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(line.size, (counts.get(line.size) ?? 0) + line.text.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

export function splitSections(lines: TextLine[]): { header: TextLine[]; sections: Section[] } {
  const bodySize = bodySizeOf(lines);
  const header: TextLine[] = [];
  const sections: Section[] = [];
  for (const line of lines) {
    const kind = headingKind(line, bodySize);
    if (kind) sections.push({ kind, heading: line.text, lines: [] });
    else (sections.at(-1)?.lines ?? header).push(line);
  }
  return { header, sections };
}

// The offline resume parser: sections, contacts, date ranges, title and employer lines and
// skills lists, with no model. It only ever copies text that is in the file.
import type { JsonResume } from '../json-resume.ts';
import type { ExtractedText, TextLine } from '../text/resume-text.ts';
import { toBlocks } from './blocks.ts';
import { parseContacts, parseLocation, parseName } from './contacts.ts';
import { educationEntry, workEntry } from './entries.ts';
import { parseCertificates, parseLanguages, parseProjects, parseSkills } from './lists.ts';
import { splitSections, type Section, type SectionKind } from './sections.ts';

export function parseResumeText(text: ExtractedText): JsonResume {
  const { header, sections } = splitSections(text.lines);
  const linesOf = (kind: SectionKind): TextLine[] => sections.filter((s: Section) => s.kind === kind).flatMap((s) => s.lines);
  const contactLines = [...header, ...linesOf('contact')];
  const summary = linesOf('summary').map((l) => l.text).join(' ').trim();
  return {
    basics: {
      ...parseName(header),
      ...parseContacts(contactLines, text.lines),
      summary: summary || undefined,
      location: parseLocation(contactLines),
    },
    work: toBlocks(linesOf('work')).flatMap((b) => workEntry(b) ?? []),
    education: toBlocks(linesOf('education')).flatMap((b) => educationEntry(b) ?? []),
    skills: parseSkills(linesOf('skills')),
    projects: parseProjects(linesOf('projects')),
    certificates: parseCertificates(linesOf('certificates')),
    languages: parseLanguages(linesOf('languages')),
  };
}

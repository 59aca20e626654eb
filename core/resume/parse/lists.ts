// The list-like sections: skills ("Cloud: AWS, Terraform"), languages ("German (C1)"),
// certificates ("CKA, The Linux Foundation, 2022") and projects.
import type { JsonResume } from '../json-resume.ts';
import type { TextLine } from '../text/resume-text.ts';
import { stripBullet, toBlocks } from './blocks.ts';
import { findDateRange } from './dates.ts';

/** Splits on commas, semicolons, bullets and pipes, but never inside "CI/CD" or "C++". */
function splitList(text: string): string[] {
  return text
    .split(/\s*[,;|•·]\s*|\s{2,}/)
    .map((item) => item.replace(/^(and|&)\s+/i, '').replace(/\.$/, '').trim())
    .filter((item) => item.length > 0 && item.length <= 60);
}

export function parseSkills(lines: TextLine[]): JsonResume['skills'] {
  const groups: JsonResume['skills'] = [];
  for (const line of lines) {
    const text = stripBullet(line.text);
    const labelled = /^([^:,]{2,40}):\s*(.+)$/.exec(text);
    if (labelled) {
      groups.push({ name: labelled[1]!.trim(), keywords: splitList(labelled[2]!) });
    } else if (!line.bullet && (line.bold || line.heading) && !/[,;]/.test(text) && text.split(/\s+/).length <= 4) {
      // A group name on its own line; its keywords follow on the next lines.
      groups.push({ name: text, keywords: [] });
    } else {
      const group = groups.at(-1) ?? (groups.push({ name: 'Skills', keywords: [] }), groups.at(-1)!);
      group.keywords.push(...splitList(text));
    }
  }
  return groups.filter((g) => g.keywords.length > 0);
}

export function parseLanguages(lines: TextLine[]): JsonResume['languages'] {
  return lines.flatMap((line) =>
    splitList(stripBullet(line.text)).map((item) => {
      const match = /^([\p{L} ]+?)\s*(?:[(:–—-]\s*|\s+)([^)]*)\)?$/u.exec(item);
      return match && match[2] ? { language: match[1]!.trim(), fluency: match[2].trim() || undefined } : { language: item };
    }),
  );
}

export function parseCertificates(lines: TextLine[]): JsonResume['certificates'] {
  return certificateItems(lines).map((text) => {
    const range = findDateRange(text);
    const withoutDate = range ? (text.slice(0, range.index) + text.slice(range.index + range.length)).trim() : text;
    // " - " stays inside names ("AWS Certified Developer - Associate"); wider dashes separate.
    const [name, issuer] = withoutDate
      .split(/\s+[—–|·]\s+|,\s+|\s*\(\s*|\)\s*/)
      .map((p) => p.replace(/[\s,;()—–-]+$/, '').trim())
      .filter(Boolean);
    return { name: name ?? withoutDate, issuer, date: range?.endDate ?? range?.startDate };
  });
}

/** One certificate per line, unless they wrap (a narrow sidebar): then an item ends at its date. */
function certificateItems(lines: TextLine[]): string[] {
  const texts = lines.map((l) => stripBullet(l.text));
  const dated = texts.filter((t) => findDateRange(t)).length;
  if (dated === 0 || dated === texts.length) return texts;
  const items: string[] = [];
  let current = '';
  for (const text of texts) {
    current = current ? `${current} ${text}` : text;
    if (findDateRange(text)) {
      items.push(current);
      current = '';
    }
  }
  if (current) items.push(current);
  return items;
}

export function parseProjects(lines: TextLine[]): JsonResume['projects'] {
  return toBlocks(lines).flatMap((block) => {
    const name = block.head[0]?.text.replace(/\s{2,}.*$/, '').trim();
    if (!name) return [];
    const description = [...block.head.slice(1).map((l) => l.text), ...block.prose].join(' ').trim();
    return [{ name, description: description || undefined, highlights: block.bullets }];
  });
}

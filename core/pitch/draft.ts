// A pitch drafted only from the resume: who you are now, one proof from your work, where
// you come from, and what you want next. Every fact is the resume's own; brackets mark what
// only the user can say.
import type { JsonResume } from '../resume/json-resume.ts';

export function draftPitch(resume: JsonResume, targetRole?: string): string {
  const b = resume.basics;
  const [latest, earlier] = resume.work;
  const proof = resume.work.flatMap((w) => w.highlights.map((h) => ({ h, w }))).find(({ h }) => /\d/.test(h));
  const lines = [
    `I'm ${b.name ?? '[your name]'}${b.label ? `, ${/^[aeiou]/i.test(b.label) ? 'an' : 'a'} ${b.label}` : ''}${latest?.name ? ` at ${latest.name}` : ''}.`,
    proof ? `At ${proof.w.name}, I ${proof.h.charAt(0).toLowerCase()}${proof.h.slice(1).replace(/\.$/, '')}.` : '[One result you are proud of, with a number.]',
    earlier?.name && earlier !== proof?.w ? `Before that I was ${earlier.position ? `${/^[aeiou]/i.test(earlier.position) ? 'an' : 'a'} ${earlier.position}` : 'working'} at ${earlier.name}.` : '',
    `Now I'm looking for ${targetRole ? `a ${targetRole} role` : '[the role you want]'} where [what you want to do next, and why].`,
  ];
  return lines.filter(Boolean).join(' ');
}

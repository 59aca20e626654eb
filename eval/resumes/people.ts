// The expected resumes: eval/resumes/people/NN-name.json, validated against our schema so a
// typo in the ground truth fails loudly instead of quietly lowering a score.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonResumeSchema, type JsonResume } from '../../core/resume/json-resume.ts';

/** `index` is the position among all people (it picks the date format and headings), whatever is filtered later. */
export type Person = { id: string; index: number; resume: JsonResume };

export const peopleDir = new URL('./people/', import.meta.url).pathname;

export function loadPeople(dir = peopleDir): Person[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.map((file, index) => {
    const parsed = jsonResumeSchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file} is not a valid JSON Resume: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return { id: file.replace(/\.json$/, ''), index, resume: parsed.data };
  });
}

/** "04", "4" and "04-zoe" all pick 04-zoe-muller; "1" picks 01 only, not 10 to 19. */
export function matchesPerson(id: string, wanted: string): boolean {
  return /^\d+$/.test(wanted) ? Number(id.split('-')[0]) === Number(wanted) : id.startsWith(wanted);
}

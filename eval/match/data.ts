// The matching evaluation set: job descriptions (jds/NN-name.md), the requirements a careful
// human extracts from each (jds/NN-name.labels.json) and, per person, the JDs from best to worst
// fit (expected-rankings.json). Everything is validated on load, so a typo in the ground truth
// fails loudly instead of quietly lowering a score.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Requirements } from '../../core/optimize/requirements.ts';
import { loadPeople, type Person } from '../resumes/people.ts';

export const matchDir = new URL('./', import.meta.url).pathname;

const seniority = z.enum(['intern', 'junior', 'mid', 'senior', 'lead', 'principal']);

// strict(): an unknown key is a typo ("softskills"), not something to ignore.
const labelsSchema = z
  .object({
    hardSkills: z.array(z.string()),
    titles: z.array(z.string()),
    seniority: seniority.optional(),
    minYears: z.number().int().positive().optional(),
    education: z.array(z.string()),
    certifications: z.array(z.string()),
    softSkills: z.array(z.string()),
  })
  .strict();

const rankingsSchema = z.object({
  about: z.string().optional(),
  skipped: z.record(z.string(), z.string()),
  people: z.record(z.string(), z.object({ ranking: z.array(z.string()), why: z.string() }).strict()),
});

export type Jd = { id: string; text: string; labels: Requirements };
export type Expected = { person: Person; ranking: string[]; why: string };

function parseJson<T>(schema: z.ZodType<T>, file: string): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export function loadJds(dir = join(matchDir, 'jds')): Jd[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.md$/, '');
      return { id, text: readFileSync(join(dir, file), 'utf8'), labels: parseJson(labelsSchema, join(dir, `${id}.labels.json`)) };
    });
}

/** The ranked people, in file order; every ranking must be a permutation of the JD ids. */
export function loadExpected(jds: Jd[], file = join(matchDir, 'expected-rankings.json')): Expected[] {
  const { people } = parseJson(rankingsSchema, file);
  const byId = new Map(loadPeople().map((p) => [p.id, p]));
  const jdIds = jds.map((j) => j.id).sort();
  return Object.entries(people).map(([id, { ranking, why }]) => {
    const person = byId.get(id);
    if (!person) throw new Error(`${file}: no person "${id}" in eval/resumes/people/`);
    if ([...ranking].sort().join() !== jdIds.join()) throw new Error(`${file}: ${id} must rank exactly ${jdIds.join(', ')}`);
    return { person, ranking, why };
  });
}

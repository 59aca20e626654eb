// The knowledge-search evaluation sets: questions a job seeker would type, each with the one guide
// section that answers it, written by a person from the guides, not tuned to the search.
// Validated on load against the guides as parseGuide chunks them, so a renamed heading or a
// removed guide fails loudly instead of silently counting as a miss.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseGuide } from '../../core/knowledge/chunk-markdown.ts';
import { guidesDir } from '../../core/knowledge/ingest.ts';

/**
 * "main" is the set the offline target is judged on. "held-out" was written before the lexical
 * embedding was tuned on main and is never tuned against: a gain on main that held-out does not
 * share is overfitting, not better search. The id prefix keeps a question from drifting between sets.
 */
export const questionSets = [
  { name: 'main', file: new URL('./questions.json', import.meta.url).pathname, idPrefix: 'r' },
  { name: 'held-out', file: new URL('./held-out.json', import.meta.url).pathname, idPrefix: 'h' },
] as const;

export type QuestionSet = (typeof questionSets)[number];

const questionSchema = (idPrefix: string) =>
  z
    .object({
      id: z.string().regex(new RegExp(`^${idPrefix}\\d\\d-[a-z0-9-]+$`)),
      question: z.string().min(5),
      expected: z.object({ document: z.string().regex(/^guides\/[a-z0-9-]+\.md$/), heading: z.string().min(1) }).strict(),
    })
    .strict();

export type Question = z.infer<ReturnType<typeof questionSchema>>;

/** Every guide's section headings, keyed by the documentPath search returns ("guides/<file>.md"). */
export function guideHeadings(dir = guidesDir): Map<string, string[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  return new Map(files.map((f) => [`guides/${f}`, parseGuide(readFileSync(join(dir, f), 'utf8')).chunks.map((c) => c.heading)]));
}

export function loadQuestions({ file, idPrefix }: QuestionSet = questionSets[0], dir = guidesDir): Question[] {
  const parsed = z.array(questionSchema(idPrefix)).min(1).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const headings = guideHeadings(dir);
  const problems = parsed.data.flatMap(({ id, expected }) => {
    const known = headings.get(expected.document);
    if (!known) return [`${id}: no guide ${expected.document} in ${dir}`];
    return known.includes(expected.heading) ? [] : [`${id}: ${expected.document} has no section "${expected.heading}" (it has: ${known.join(' | ')})`];
  });
  const ids = parsed.data.map((q) => q.id);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length) problems.push(`duplicate ids: ${duplicates.join(', ')}`);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return parsed.data;
}

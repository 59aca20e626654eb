// The interview-answer evaluation set: questions, each with a weak, an ok and a strong answer
// written by a person (answers.json). Validated on load, word bands included, so an edit that
// turns an "ok" answer into a strong one fails loudly instead of quietly skewing the figures.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const levels = ['weak', 'ok', 'strong'] as const;
export type Level = (typeof levels)[number];

/** Length bands the set was written to (words); they are part of what "weak/ok/strong" means. */
export const wordBands: Record<Level, [number, number]> = { weak: [20, 50], ok: [60, 110], strong: [120, 200] };

const itemSchema = z
  .object({
    id: z.string().regex(/^q\d\d-[a-z0-9-]+$/),
    question: z.string().min(10),
    answers: z.object({ weak: z.string(), ok: z.string(), strong: z.string() }).strict(),
  })
  .strict();

export type Item = z.infer<typeof itemSchema>;

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function loadItems(file = new URL('./answers.json', import.meta.url).pathname): Item[] {
  const parsed = z.array(itemSchema).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const problems = parsed.data.flatMap((item) =>
    levels.flatMap((level) => {
      const n = wordCount(item.answers[level]);
      const [min, max] = wordBands[level];
      return n < min || n > max ? [`${item.id} ${level}: ${n} words, outside ${min}-${max}`] : [];
    }),
  );
  const ids = parsed.data.map((i) => i.id);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length) problems.push(`duplicate ids: ${duplicates.join(', ')}`);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return parsed.data;
}

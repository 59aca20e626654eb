// `npm run eval:parse`: renders every expected resume in eval/resumes/people/ in every layout
// (in memory), parses each file with parseResume, and prints field-level F1 per layout.
// Scores are printed, never asserted: the exit code is 0 unless this script itself fails.
//   --layout NAME   one layout only          --person NN   one person only ("04", "04-zoe")
//   --verbose       every miss, per file     --out DIR     also write the rendered files to DIR
//   --stand-in exact|perturbed   score a parser that knows the answer (checks the scoring)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { jsonResumeSchema, type JsonResume } from '../core/resume/json-resume.ts';
import { loadPeople, matchesPerson, type Person } from '../eval/resumes/people.ts';
import { layouts, renderAll, type Layout, type Rendered } from '../eval/resumes/render/index.ts';
import { unencodable } from '../eval/resumes/render/pdf-common.ts';
import { misses, table, type FileResult } from '../eval/resumes/report.ts';
import { scoreResume, type ResumeScore } from '../eval/resumes/score.ts';
import { standInParser, standIns, type ParseResume, type StandIn } from '../eval/resumes/stand-in.ts';

const { values: args } = parseArgs({
  options: {
    layout: { type: 'string' },
    person: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    out: { type: 'string' },
    'stand-in': { type: 'string' },
  },
});

function usage(message: string): never {
  console.error(message);
  process.exit(2);
}

const chosenLayouts = args.layout === undefined ? layouts : layouts.filter((l) => l === args.layout);
if (chosenLayouts.length === 0) usage(`Unknown layout "${args.layout}". Layouts: ${layouts.join(', ')}`);
const allPeople = loadPeople();
const people = args.person === undefined ? allPeople : allPeople.filter((p) => matchesPerson(p.id, args.person!));
if (people.length === 0) usage(`No person matches "${args.person}". People: ${allPeople.map((p) => p.id).join(', ')}`);
const standIn = args['stand-in'] as StandIn | undefined;
if (standIn !== undefined && !standIns.includes(standIn)) usage(`--stand-in takes ${standIns.join(' or ')}`);

// The real parser is imported only when it is used, so the stand-ins work without it.
const realParser: ParseResume | undefined = standIn ? undefined : (await import('../core/resume/parse-resume.ts')).parseResume;
const emptyResume = jsonResumeSchema.parse({ basics: {} });

async function evaluate(person: Person, file: Rendered): Promise<FileResult> {
  const parse = realParser ?? standInParser(standIn!, person.resume);
  const base = { person: person.id, layout: file.layout, fileName: file.fileName, notes: [] as string[] };
  const started = performance.now();
  let got: JsonResume = emptyResume;
  let failure: FileResult['failure'];
  try {
    const outcome = await parse(file.bytes, file.fileName);
    if (outcome.ok) got = checked(outcome.resume, base.notes);
    else failure = { reason: outcome.reason, message: outcome.message };
  } catch (error) {
    // A parser that throws has failed this file; the evaluation goes on.
    failure = { reason: 'threw', message: error instanceof Error ? error.message : String(error) };
  }
  const ms = performance.now() - started;
  return { ...base, ms, failure, score: scored(person.resume, got, base.notes) };
}

/** The parser's resume as the schema would give it (defaults filled); if it does not fit, a note says why. */
function checked(resume: JsonResume, notes: string[]): JsonResume {
  const parsed = jsonResumeSchema.safeParse(resume);
  if (parsed.success) return parsed.data;
  notes.push(`output fails the JsonResume schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return resume;
}

/** Output too malformed to score (a list that is not there) scores as nothing found. */
function scored(expected: JsonResume, got: JsonResume, notes: string[]): ResumeScore {
  try {
    return scoreResume(expected, got);
  } catch (error) {
    notes.push(`could not score the output: ${error instanceof Error ? error.message : String(error)}`);
    return scoreResume(expected, emptyResume);
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const started = performance.now();
const results: FileResult[] = [];
const notes: string[] = [];
for (const person of people) {
  const odd = unencodable(JSON.stringify(person.resume));
  if (odd.length > 0 && chosenLayouts.some((l) => l.startsWith('pdf'))) notes.push(`${person.id}: ${odd.join(' ')} cannot be drawn in the PDF standard fonts, so its PDFs lose them`);
  const files = await renderAll(person.resume, person.index, chosenLayouts);
  for (const file of files) {
    if (args.out) {
      mkdirSync(args.out, { recursive: true });
      writeFileSync(join(args.out, file.fileName), file.bytes);
    }
    const result = await evaluate(person, file);
    results.push(result);
    if (args.verbose) console.log(misses(result));
  }
}
const seconds = (performance.now() - started) / 1000;

console.log(`${args.verbose ? '\n' : ''}Parser F1 per field (${standIn ? `stand-in "${standIn}"` : 'parseResume'}), ${plural(people.length, 'person', 'people')} × ${plural(chosenLayouts.length, 'layout', 'layouts')} = ${plural(results.length, 'file', 'files')}`);
console.log(table(results, chosenLayouts as readonly Layout[]));
const failures = results.filter((r) => r.failure);
console.log(`failures: ${failures.length}${failures.map((r) => `\n  ${r.person} / ${r.layout}: ${r.failure!.reason} (${r.failure!.message})`).join('')}`);
for (const r of results) for (const note of r.notes) notes.push(`${r.person} / ${r.layout}: ${note}`);
for (const note of notes) console.log(`note: ${note}`);
const parseMs = results.map((r) => r.ms).sort((a, b) => a - b);
const median = parseMs[Math.floor(parseMs.length / 2)] ?? 0;
console.log(`time: ${seconds.toFixed(1)} s in all, parsing ${(parseMs.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s (median ${median.toFixed(0)} ms, max ${(parseMs.at(-1) ?? 0).toFixed(0)} ms per file)${args.out ? `; files written to ${args.out}` : ''}`);
process.exit(0);

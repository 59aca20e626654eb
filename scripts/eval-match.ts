// `npx tsx scripts/eval-match.ts`: scores requirement extraction and resume matching against the
// team-written set in eval/match/ (5 JDs with labelled requirements, 10 people each with the
// JDs ranked by a careful recruiter). Scores are printed, never asserted: the exit code is 0
// unless this script itself fails.
//   --verbose    per-JD extraction misses and extras; per-person ranking against the expected one
//   --stand-in   a naive keyword extractor and matcher (eval/match/stand-in.ts), to check the scoring
import { parseArgs } from 'node:util';
import type { Requirements } from '../core/optimize/requirements.ts';
import type { JsonResume } from '../core/resume/json-resume.ts';
import { loadExpected, loadJds } from '../eval/match/data.ts';
import { ranksByScore, scoreExtraction, spearman, top1Credit } from '../eval/match/metrics.ts';
import { extractionDetail, extractionTable, fixed, grid } from '../eval/match/report.ts';
import { standInExtract, standInMatch } from '../eval/match/stand-in.ts';

const { values: args } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, 'stand-in': { type: 'boolean', default: false } } });

type Extract = (jdText: string) => Requirements;
type Match = (resume: JsonResume, requirements: Requirements) => { score: number };

// The real modules are imported only when used, so --stand-in works while they are being written.
async function pick(): Promise<{ extract: Extract; match: Match; name: string }> {
  if (args['stand-in']) return { extract: standInExtract, match: standInMatch, name: 'stand-in keyword extractor and matcher' };
  const { extractRequirements } = await import('../core/optimize/extract-requirements.ts');
  const { matchResume } = await import('../core/optimize/match.ts');
  return { extract: extractRequirements, match: (resume, requirements) => matchResume(resume, requirements), name: 'extractRequirements + matchResume' };
}

const { extract, match, name } = await pick();
const jds = loadJds();
const expected = loadExpected(jds);

// Extraction: each JD against its labels.
const extracted = jds.map((jd) => ({ jd, requirements: extract(jd.text) }));
const extraction = extracted.map(({ jd, requirements }) => ({ jd: jd.id, score: scoreExtraction(jd.labels, requirements) }));
console.log(`Requirement extraction (${name}), ${jds.length} JDs: F1 per JD, then precision, recall, F1 over all`);
console.log(extractionTable(extraction));
if (args.verbose) for (const e of extraction) console.log(extractionDetail(e.jd, e.score));

// Matching: every person against every JD's extracted requirements, JDs ranked by score.
const short = (id: string) => id.slice(0, 2);
const rows = expected.map(({ person, ranking, why }) => {
  const scores = extracted.map(({ requirements }) => match(person.resume, requirements).score);
  const expectedRanks = jds.map((jd) => ranking.indexOf(jd.id) + 1);
  const rho = spearman(ranksByScore(scores), expectedRanks);
  const top1 = top1Credit(scores, jds.findIndex((jd) => jd.id === ranking[0]));
  return { id: person.id, scores, ranking, why, rho, top1 };
});

const rhos = rows.flatMap((r) => (r.rho === undefined ? [] : [r.rho]));
const meanRho = rhos.length ? rhos.reduce((a, b) => a + b, 0) / rhos.length : undefined;
const top1 = rows.reduce((a, r) => a + r.top1, 0) / rows.length;
console.log(`\nMatch scores (${rows.length} people × ${jds.length} JDs; * = expected best fit)`);
console.log(
  grid([
    ['person', ...jds.map((jd) => short(jd.id)), 'rho', 'top1'],
    ...rows.map((r) => [r.id, ...r.scores.map((s, i) => `${jds[i]!.id === r.ranking[0] ? '*' : ''}${s}`), fixed(r.rho), r.top1 === 1 ? 'yes' : r.top1 === 0 ? 'no' : fixed(r.top1)]),
  ]),
);
console.log(`JDs: ${jds.map((jd) => jd.id).join(', ')}`);
if (args.verbose) {
  for (const r of rows) {
    const got = jds.map((jd, i) => ({ id: jd.id, score: r.scores[i]! })).sort((a, b) => b.score - a.score);
    console.log(`${r.id}: rho ${fixed(r.rho)}\n  expected ${r.ranking.map(short).join(' > ')}  (${r.why})\n  got      ${got.map((g, i) => `${i === 0 ? '' : got[i - 1]!.score === g.score ? ' = ' : ' > '}${short(g.id)} ${g.score}`).join('')}`);
  }
}
const undefinedRho = rows.length - rhos.length;
console.log(
  `\nRanking: mean Spearman rho ${fixed(meanRho)} over ${rhos.length} people${undefinedRho ? ` (${undefinedRho} with all scores equal left out)` : ''}; top-1 accuracy ${fixed(top1)} (ties share the credit)`,
);
process.exit(0);

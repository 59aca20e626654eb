// The grounding checker against rewrites that add facts: every one must be caught, and honest
// rewrites (new wording, same facts) must pass.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRewrite } from './grounding-check.ts';

const resume = [
  'Backend Engineer II at Ledgerline Ltd, London',
  'Designed an idempotent payouts API in Node.js that now moves £40M per month across 12 currencies',
  'Cut p99 latency of the balance service from 820 ms to 310 ms by adding read replicas and query batching',
  'Mentored two graduate engineers through their first on-call rotations',
  'Worked on the reconciliation job for the internal ledger',
  'Skills: TypeScript, Node.js, Go, PostgreSQL, Redis',
].join('\n');

const fabricated: Array<[string, string]> = [
  ['a new percentage', 'Cut p99 latency of the balance service by 62% with read replicas and query batching'],
  ['a changed number', 'Designed an idempotent payouts API in Node.js moving £45M per month across 12 currencies'],
  ['a new count', 'Mentored five graduate engineers through their first on-call rotations'],
  ['a new team size in digits', 'Led a team of 8 engineers building the reconciliation job for the internal ledger'],
  ['a new tool', 'Rebuilt the reconciliation job on Kubernetes for the internal ledger'],
  ['a new language', 'Wrote the reconciliation job in Rust for the internal ledger'],
  ['a new employer', 'Built the reconciliation job for the internal ledger, later adopted by Stripe'],
  ['a new product', 'Moved the balance service to Amazon Aurora, cutting p99 latency from 820 ms to 310 ms'],
  ['new money', 'Built the reconciliation job for the internal ledger, saving $2M a year'],
  ['a new time span', 'Built the reconciliation job for the internal ledger in 3 weeks'],
  ['a new multiplier', 'Made the reconciliation job for the internal ledger 10x faster'],
  ['a spelled-out claim', 'Doubled the throughput of the reconciliation job for the internal ledger'],
  ['a new certification', 'Designed an idempotent payouts API in Node.js, applying my AWS Certified Developer training'],
  ['a new user count', 'Built the reconciliation job for the internal ledger used by 1,200 merchants'],
];

const honest: Array<[string, string]> = [
  ['a stronger verb', 'Built the reconciliation job for the internal ledger'],
  ['reordered facts', 'Reduced p99 latency of the balance service from 820 ms to 310 ms through read replicas and query batching'],
  ['scope made explicit', 'Designed and shipped an idempotent Node.js payouts API moving £40M per month across 12 currencies'],
];

test('every rewrite that adds a fact is caught (the suite reports the rate)', () => {
  const missed = fabricated.filter(([, rewrite]) => checkRewrite(rewrite, resume).ok).map(([what]) => what);
  const rate = ((fabricated.length - missed.length) / fabricated.length) * 100;
  console.log(`grounding checker: ${fabricated.length - missed.length}/${fabricated.length} fabricated facts caught (${rate.toFixed(0)}%)`);
  assert.deepEqual(missed, [], `missed: ${missed.join(', ')}`);
});

test('rewrites that only reword the same facts pass', () => {
  for (const [what, rewrite] of honest) assert.deepEqual(checkRewrite(rewrite, resume), { ok: true, added: [] }, what);
});

test('the checker names what was added', () => {
  assert.deepEqual(checkRewrite('Rebuilt the reconciliation job on Kubernetes at Google in 3 weeks', resume).added.sort(), ['3', 'Google', 'Kubernetes'].sort());
});

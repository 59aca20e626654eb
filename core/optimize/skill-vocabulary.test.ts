import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { caseSensitiveTerms, skillVocabulary } from './skill-vocabulary.ts';
import type { SkillKind } from './skill-vocabulary-types.ts';

const kinds: readonly SkillKind[] = ['language', 'framework', 'database', 'cloud', 'tool', 'practice', 'data', 'design', 'product', 'sales', 'clinical', 'education', 'research', 'soft', 'certification'];

const key = (term: string) => term.toLowerCase();

/** Every name and alias, lower-cased, with the entry it belongs to. */
const owner = new Map<string, string>();
const collisions: string[] = [];
for (const entry of skillVocabulary) {
  for (const term of [entry.name, ...entry.aliases]) {
    const previous = owner.get(key(term));
    if (previous !== undefined) collisions.push(`"${term}" is under both ${previous} and ${entry.name}`);
    else owner.set(key(term), entry.name);
  }
}

const canonical = (term: string) => owner.get(key(term));
const repoRoot = new URL('../../', import.meta.url).pathname;

test('no name or alias appears twice, across or within entries (case-insensitive)', () => {
  assert.deepEqual(collisions, []);
});

test('every entry has a valid kind and clean, non-empty spellings', () => {
  const bad = skillVocabulary.flatMap((e) => {
    const problems: string[] = [];
    if (!kinds.includes(e.kind)) problems.push(`${e.name}: kind "${e.kind}"`);
    for (const term of [e.name, ...e.aliases]) {
      if (term.trim() === '' || term !== term.trim() || /\s{2}/.test(term)) problems.push(`${e.name}: spelling "${term}"`);
    }
    return problems;
  });
  assert.deepEqual(bad, []);
});

test('the vocabulary is a manageable size and covers every kind', () => {
  assert.ok(skillVocabulary.length >= 350 && skillVocabulary.length <= 520, `${skillVocabulary.length} entries`);
  for (const kind of kinds) assert.ok(skillVocabulary.some((e) => e.kind === kind), `no ${kind} entries`);
});

test('common abbreviations and alternate spellings resolve to the canonical name', () => {
  const expected: Array<[string, string]> = [
    ['k8s', 'Kubernetes'],
    ['kube', 'Kubernetes'],
    ['Postgres', 'PostgreSQL'],
    ['psql', 'PostgreSQL'],
    ['JS', 'JavaScript'],
    ['ECMAScript', 'JavaScript'],
    ['TS', 'TypeScript'],
    ['Node', 'Node.js'],
    ['NodeJS', 'Node.js'],
    ['AWS', 'Amazon Web Services'],
    ['GCP', 'Google Cloud Platform'],
    ['Golang', 'Go'],
    ['C sharp', 'C#'],
    ['ReactJS', 'React'],
    ['Vue', 'Vue.js'],
    ['continuous integration', 'CI/CD'],
    ['CI', 'CI/CD'],
    ['split testing', 'A/B testing'],
    ['ML', 'Machine learning'],
    ['UX research', 'User research'],
    ['HTML5', 'HTML'],
    ['CSS3', 'CSS'],
    ['EKS', 'Amazon EKS'],
    ['CKA', 'Certified Kubernetes Administrator (CKA)'],
    ['CSM', 'Certified ScrumMaster (CSM)'],
    ['public speaking', 'Presentation skills'],
  ];
  for (const [alias, name] of expected) assert.equal(canonical(alias), name, alias);
});

test('ordinary English words are not aliases', () => {
  // Lower-case spellings that would match prose everywhere.
  for (const word of ['go', 'node', 'express', 'rest', 'excel', 'spring', 'epic', 'canvas', 'send', 'cv', 'safe', 'lean']) {
    const entry = skillVocabulary.find((e) => e.aliases.includes(word) || e.name === word);
    assert.equal(entry, undefined, `"${word}" is spelled in lower case under ${entry?.name}`);
  }
});

test('every case-sensitive term is a name or alias, spelled exactly', () => {
  const exact = new Set(skillVocabulary.flatMap((e) => [e.name, ...e.aliases]));
  assert.deepEqual(caseSensitiveTerms.filter((t) => !exact.has(t)), []);
});

test('every skill keyword in the eval resumes is in the vocabulary', () => {
  const dir = join(repoRoot, 'eval/resumes/people');
  const missing: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const resume = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { skills?: Array<{ keywords?: string[] }> };
    for (const keyword of (resume.skills ?? []).flatMap((s) => s.keywords ?? [])) {
      // "Python (pandas)" and "Triage (Manchester Triage System)" are two skills each.
      const parts = keyword.match(/^(.+?)\s*\((.+)\)$/)?.slice(1) ?? [keyword];
      for (const part of parts) if (canonical(part) === undefined) missing.push(`${file}: ${part}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('every label in the match eval is a canonical name of the right kind', () => {
  const dir = join(repoRoot, 'eval/match/jds');
  const byName = new Map(skillVocabulary.map((e) => [e.name, e]));
  const problems: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.labels.json'))) {
    const labels = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { hardSkills: string[]; certifications: string[]; softSkills: string[] };
    const check = (names: string[], ok: (kind: SkillKind) => boolean, list: string) => {
      for (const name of names) {
        const entry = byName.get(name);
        if (!entry) problems.push(`${file}: ${list} "${name}" is not a canonical name${canonical(name) ? ` (alias of ${canonical(name)})` : ''}`);
        else if (!ok(entry.kind)) problems.push(`${file}: ${list} "${name}" has kind ${entry.kind}`);
      }
    };
    check(labels.hardSkills, (k) => k !== 'soft' && k !== 'certification', 'hardSkills');
    check(labels.certifications, (k) => k === 'certification', 'certifications');
    check(labels.softSkills, (k) => k === 'soft', 'softSkills');
  }
  assert.deepEqual(problems, []);
});

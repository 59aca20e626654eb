// The stemmer of the offline lexical embedding: Porter's algorithm (1980), so "failed", "failing"
// and "fails" meet at "fail", and "negotiating", "negotiation" and "negotiate" at "negoti". The
// guides are written in British English and users mostly type American English, so British
// spellings are folded first ("prioritise" and "prioritize" stem alike). One extension: Porter
// leaves "failure" as "failur" while "failed" becomes "fail"; -ilure and -osure are read as -ile
// and -ose, so "failure" meets "fail" and "exposure" meets "expose".

const vowels = new Set(['a', 'e', 'i', 'o', 'u']);

/** Porter's consonant: not a vowel, and "y" only when it follows a vowel (the "y" in "toy", not in "happy"). */
function isConsonant(word: string, i: number): boolean {
  const c = word[i]!;
  if (vowels.has(c)) return false;
  return c !== 'y' || i === 0 || !isConsonant(word, i - 1);
}

/** Porter's measure m: how many vowel-consonant runs the stem has ("tr"=0, "trouble"=1, "troubles"=2). */
function measure(stem: string): number {
  let m = 0;
  let inVowels = false;
  for (let i = 0; i < stem.length; i++) {
    const consonant = isConsonant(stem, i);
    if (consonant && inVowels) m++;
    inVowels = !consonant;
  }
  return m;
}

const hasVowel = (stem: string) => [...stem].some((_, i) => !isConsonant(stem, i));

const endsWithDoubleConsonant = (stem: string) =>
  stem.length >= 2 && stem.at(-1) === stem.at(-2) && isConsonant(stem, stem.length - 1);

/** Consonant-vowel-consonant at the end, the last not w, x or y: "hop" gets its "e" back ("hoping" → "hope"). */
function endsCvc(stem: string): boolean {
  const n = stem.length;
  if (n < 3 || 'wxy'.includes(stem[n - 1]!)) return false;
  return isConsonant(stem, n - 3) && !isConsonant(stem, n - 2) && isConsonant(stem, n - 1);
}

type Rule = [suffix: string, replacement: string];

/** The longest matching suffix decides; when its stem fails the condition, no shorter rule is tried. */
function applyRules(word: string, rules: Rule[], condition: (stem: string) => boolean): string {
  const rule = rules.find(([suffix]) => word.endsWith(suffix));
  if (!rule) return word;
  const stem = word.slice(0, word.length - rule[0].length);
  return condition(stem) ? stem + rule[1] : word;
}

const byLength = (rules: Rule[]) => rules.sort((a, b) => b[0].length - a[0].length);

const step2Rules = byLength([
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
]);
const step3Rules = byLength([['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', '']]);
const step4Suffixes = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];
const step4Rules = byLength(step4Suffixes.map((s): Rule => [s, '']));

function step1(word: string): string {
  // 1a: plurals.
  if (word.endsWith('sses') || word.endsWith('ies')) word = word.slice(0, -2);
  else if (word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
  // 1b: -eed, -ed, -ing.
  if (word.endsWith('eed')) {
    if (measure(word.slice(0, -3)) > 0) word = word.slice(0, -1);
  } else {
    const suffix = ['ed', 'ing'].find((s) => word.endsWith(s) && hasVowel(word.slice(0, -s.length)));
    if (suffix) {
      word = word.slice(0, -suffix.length);
      if (/(?:at|bl|iz)$/.test(word)) word += 'e';
      else if (endsWithDoubleConsonant(word) && !/[lsz]$/.test(word)) word = word.slice(0, -1);
      else if (measure(word) === 1 && endsCvc(word)) word += 'e';
    }
  }
  // 1c: a final y after a vowel-bearing stem becomes i ("happy" and "happiness" meet).
  if (word.endsWith('y') && hasVowel(word.slice(0, -1))) word = `${word.slice(0, -1)}i`;
  return word;
}

function step5(word: string): string {
  if (word.endsWith('e')) {
    const stem = word.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) word = stem;
  }
  if (word.endsWith('ll') && measure(word) > 1) word = word.slice(0, -1);
  return word;
}

/** British spellings folded into American ones, so both stem alike: behaviour, prioritise, analyse, practise, centre. */
export function americanSpelling(word: string): string {
  return word
    .replace(/^practis/, 'practic')
    .replace(/^programme/, 'program')
    .replace(/^judgement/, 'judgment')
    .replace(/(?<=[a-z]{3})tre(?=s?$)/, 'ter')
    .replace(/(?<=[a-z]{3})our(?=$|s$|al|ed$|ing$|ite|able|ably)/, 'or')
    .replace(/(?<=[a-z]{3})is(?=e$|ed$|es$|ing$|er$|ers$|ation|ations$)/, 'iz')
    .replace(/(?<=[a-z]{3})ys(?=e$|ed$|es$|ing$)/, 'yz');
}

/** Porter stem of one lower-case word. Short words and words with digits or symbols ("c++", "sql", "2%") are kept as they are. */
export function stem(word: string): string {
  if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
  let w = step1(americanSpelling(word));
  w = w.replace(/(?<=[a-z]{2}(?:il|os))ure$/, 'e');
  w = applyRules(w, step2Rules, (s) => measure(s) > 0);
  w = applyRules(w, step3Rules, (s) => measure(s) > 0);
  w = applyRules(w, step4Rules, (s) => measure(s) > 1 && (!w.endsWith('ion') || /[st]$/.test(s)));
  return step5(w);
}

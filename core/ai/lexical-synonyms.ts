// The vocabulary table of the offline lexical embedding. A lexical embedding only matches words
// that are spelled alike, but job seekers and the guides often say the same thing differently:
// "boss" and "manager", "CV" and "resume", "screw-up" and "failure". Each group below is one
// idea; every member, in documents and queries alike, becomes the group's first entry, so either
// wording finds the other. Only general equivalences a career coach would recognise belong here,
// never an entry that exists to make one particular question find its answer.

/**
 * Chat shorthand written out before stop words are dropped ("tell me about urself" is about
 * "yourself"; "u" is "you" and then a stop word rather than a topic).
 */
export const shorthand: Readonly<Record<string, string>> = {
  u: 'you',
  ya: 'you',
  ur: 'your',
  yr: 'your',
  urself: 'yourself',
  w: 'with',
  abt: 'about',
  bc: 'because',
  cuz: 'because',
  b4: 'before',
  tmrw: 'tomorrow',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  ppl: 'people',
  mgr: 'manager',
  yrs: 'years',
};

/**
 * Equivalent terms, the canonical one first. Entries may be phrases ("line manager"); they are
 * matched after stop words are dropped and words stemmed, so "screwed up" and "screw-ups" match
 * "screw up" too.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  // People
  ['manager', 'boss', 'supervisor', 'line manager'],
  ['colleague', 'coworker', 'co-worker', 'teammate'],
  ['recruiter', 'headhunter', 'talent acquisition', 'hr', 'human resources'],
  // Documents and examples
  ['resume', 'cv', 'curriculum vitae'],
  ['example', 'sample'],
  // Jobs and moves
  ['job', 'role', 'position', 'vacancy'],
  ['change', 'switch', 'pivot', 'transition'],
  ['internship', 'intern', 'placement'],
  ['university', 'college', 'uni'],
  ['layoff', 'laid off', 'redundancy', 'downsizing', 'restructuring'],
  ['reject', 'turned down'],
  // Pay and conditions
  ['salary', 'pay', 'compensation', 'wage', 'remuneration'],
  ['benefits', 'perks'],
  ['vacation', 'holiday', 'annual leave', 'pto', 'paid time off'],
  ['remote', 'wfh', 'work from home'],
  // Feelings under pressure
  ['nervous', 'nerves', 'anxious', 'anxiety', 'jitters', 'jittery', 'panic', 'scared', 'afraid', 'fear'],
  ['blank', 'freeze', 'froze', 'frozen', 'train of thought'],
  // Hard questions
  ['failure', 'fail', 'screw up', 'mess up', 'blunder', 'flop'],
  ['weakness', 'shortcoming', 'flaw', 'weak spot', 'area for improvement'],
  ['conflict', 'disagreement', 'clash', 'friction'],
  ['criticise', 'badmouth', 'bad mouth', 'trash', 'slag off'],
  // Interview formats
  ['tell me about yourself', 'walk me through your background', 'walk me through your resume', 'walk me through your cv'],
  ['role play', 'roleplay', 'mock call', 'simulated call'],
  ['video', 'zoom', 'skype', 'webex', 'google meet', 'facetime'],
  // Technical interviews
  ['accessibility', 'a11y', 'screen reader', 'wcag'],
  ['debug', 'bug', 'defect', 'glitch'],
];

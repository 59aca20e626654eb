// The pitch critique (offline and deterministic): speaking time at 130–150 words a minute, the
// hook, the present-past-future structure, specific facts, filler words, and the one edit
// that would help most.

export interface PitchCritique {
  words: number;
  /** Seconds to say it, at 150 and at 130 words a minute. */
  seconds: [number, number];
  target?: number;
  checks: Array<{ name: string; ok: boolean; note: string }>;
  fillers: string[];
  /** The single most useful change. */
  edit: string;
}

const fillerPattern = /\b(um+|uh+|like|basically|actually|really|very|just|literally|kind of|sort of|you know|passionate|hard-?working|team player|detail-oriented|go-getter|synergy)\b/gi;
const genericOpening = /^(hi|hello|hey)?[,!. ]*(my name is|i am|i'm)\s+\p{Lu}[\p{L}'-]+[.,!]?\s*(and\s+)?$/iu;

export function critiquePitch(text: string, target?: 30 | 60 | 90): PitchCritique {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  const seconds: [number, number] = [Math.round((words / 150) * 60), Math.round((words / 130) * 60)];
  const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean);
  const first = sentences[0] ?? '';
  const hookOk = /\d/.test(first) || (!genericOpening.test(first.split(/[,;]/)[0] ?? '') && !/^(hi|hello)\b/i.test(first));
  const present = /\b(i'?m (a|an|the|currently)|i am (a|an|currently)|currently|today i|i work|i lead|i build|i run)\b|^(i'?m|i am) [^,.]+, (a|an) /i.test(text);
  const past = /\b(before (that|this)|previously|i'?ve (spent|worked|built|led)|i spent|started (my career|out)|\d+ years|for the (last|past))\b/i.test(text);
  const future = /\b(looking for|next|i want to|i'?d like to|excited (to|about)|hoping to|ready to|my goal)\b/i.test(text);
  const numbers = (text.match(/\d[\d,.]*\s*(%|percent|[kmb]\b|x\b|users|customers|people|years)?/gi) ?? []).length;
  const fillers = [...new Set((text.match(fillerPattern) ?? []).map((f) => f.toLowerCase()))];
  const checks = [
    { name: 'Hook', ok: hookOk, note: hookOk ? 'It opens with something specific.' : 'It opens with your name only; lead with what you do or a result instead.' },
    { name: 'Present', ok: present, note: present ? 'Says what you do now.' : 'Add one line on what you do now ("I\'m a backend engineer at…").' },
    { name: 'Past', ok: past, note: past ? 'Gives your background.' : 'Add one proof from your past: a result, with a number.' },
    { name: 'Future', ok: future, note: future ? 'Says what you want next.' : 'End with what you are looking for next and why.' },
    { name: 'Specific', ok: numbers > 0, note: numbers > 0 ? `${numbers} concrete figure${numbers === 1 ? '' : 's'}.` : 'No numbers: one figure (users, %, years, money) makes it memorable.' },
  ];
  const timing =
    target && seconds[0] > target ? `At ${words} words it takes about ${seconds[0]}–${seconds[1]} s; cut to about ${Math.round((target * 140) / 60)} words for ${target} s.` : undefined;
  const firstGap = checks.find((c) => !c.ok);
  const edit = timing ?? (firstGap ? firstGap.note : fillers.length ? `Cut the filler words (${fillers.join(', ')}); they take time and add nothing.` : 'It is in good shape: say it aloud with a timer three times, and cut any word you stumble on.');
  return { words, seconds, target, checks, fillers, edit };
}

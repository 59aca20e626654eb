// A pitch drafted only from the user's facts: who you are now, one proof (a saved story's
// result first, else a resume bullet with a number), where you come from, and what you want
// next, shaped for who will hear it. Brackets mark what only the user can say.
import type { JsonResume } from '../resume/json-resume.ts';
import { withoutLeadIn, type StoryParts } from '../stories/story.ts';
import { currentLanguage } from '../language/current.ts';

export type Audience = 'recruiter' | 'manager' | 'networking';

export interface PitchBrief {
  role?: string;
  audience: Audience;
  target: 30 | 60 | 90;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');
/** "I cut…" stays; "Built…" becomes "built…", to follow "At Acme, I". */
const lowerFirst = (text: string) => (/^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)).replace(/\.$/, '');
/** A story's result as a clause: without its "As a result," lead-in, and with a subject when it
 *  is a bare resume verb phrase ("Built REST APIs…" → "I built REST APIs…"). */
function resultClause(result: string): string {
  const clause = lowerFirst(withoutLeadIn(result));
  return /^(\w+ed|built|led|ran|made|grew|cut|won|drove|wrote|taught|brought|set|shipped|sold)\b/.test(clause) ? `I ${clause}` : clause;
}

/** How each audience's pitch ends: what that listener needs to hear last. */
const closings: Record<Audience, (role: string) => string> = {
  recruiter: (role) => `Now I'm looking for ${role} where [what you want to do next], and I can start [when].`,
  manager: (role) => `Now I'm looking for ${role} where I can [the problem you want to own on their team].`,
  networking: (role) => `Next I'd love to move into ${role}; I'd be glad to hear how [their company] approaches [a topic you share].`,
};

export function draftPitch(resume: JsonResume, brief: PitchBrief, stories: StoryParts[] = []): string {
  if (currentLanguage() === 'es') return draftPitchEs(resume, brief, stories);
  const b = resume.basics;
  const [latest, earlier] = resume.work;
  const role = brief.role ? `${article(brief.role)} ${brief.role}${/\b(role|position|job)$/i.test(brief.role) ? '' : ' role'}` : '[the role you want]';
  const bullet = resume.work.flatMap((w) => w.highlights.map((h) => ({ h, w }))).find(({ h }) => /\d/.test(h));
  const story = stories.find((s) => /\d/.test(s.result) && !s.result.includes('[')) ?? stories[0];
  const proof = story
    ? `I'm proud that ${resultClause(story.result)}.`
    : bullet
      ? `At ${bullet.w.name}, I ${lowerFirst(bullet.h)}.`
      : '[One result you are proud of, with a number.]';
  const lines = [
    `I'm ${b.name ?? '[your name]'}${b.label ? `, ${article(b.label)} ${b.label}` : ''}${latest?.name ? ` at ${latest.name}` : ''}.`,
    proof,
    // Longer pitches have room for the past; a 30-second one goes straight to the ask.
    brief.target > 30 && earlier?.name && (story || earlier !== bullet?.w) ? `Before that I was ${earlier.position ? `${article(earlier.position)} ${earlier.position}` : 'working'} at ${earlier.name}.` : '',
    closings[brief.audience](role),
  ];
  return lines.filter(Boolean).join(' ');
}

const closingsEs: Record<Audience, (role: string) => string> = {
  recruiter: (role) => `Ahora busco ${role} donde [lo que quieres hacer a continuación], y puedo empezar [cuándo].`,
  manager: (role) => `Ahora busco ${role} donde pueda [el problema que quieres asumir en su equipo].`,
  networking: (role) => `Mi próximo paso es ${role}; me encantaría saber cómo enfoca [su empresa] [un tema que compartáis].`,
};

/** The same pitch in Spanish. The resume's own words (titles, bullets, story results) are kept
 *  as written, so each sentence frames them rather than weaving them into Spanish grammar. */
function draftPitchEs(resume: JsonResume, brief: PitchBrief, stories: StoryParts[]): string {
  const b = resume.basics;
  const [latest, earlier] = resume.work;
  const role = brief.role ? `un puesto de ${brief.role.replace(/\s+(role|position|job)$/i, '')}` : '[el puesto que quieres]';
  const bullet = resume.work.flatMap((w) => w.highlights.map((h) => ({ h, w }))).find(({ h }) => /\d/.test(h));
  const story = stories.find((s) => /\d/.test(s.result) && !s.result.includes('[')) ?? stories[0];
  const proof = story
    ? `Uno de mis logros: ${withoutLeadIn(story.result).replace(/\.$/, '')}.`
    : bullet
      ? `En ${bullet.w.name}: ${bullet.h.replace(/\.$/, '')}.`
      : '[Un resultado del que estés orgulloso, con una cifra.]';
  const lines = [
    `Soy ${b.name ?? '[tu nombre]'}${b.label ? `, ${b.label}` : ''}${latest?.name ? ` en ${latest.name}` : ''}.`,
    proof,
    brief.target > 30 && earlier?.name && (story || earlier !== bullet?.w) ? `Antes trabajé${earlier.position ? ` como ${earlier.position}` : ''} en ${earlier.name}.` : '',
    closingsEs[brief.audience](role),
  ];
  return lines.filter(Boolean).join(' ');
}

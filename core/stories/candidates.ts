// Stories worth offering: the user's strongest scored interview answers, then resume bullets
// with a number in them, minus those already saved. The user confirms each before it is kept.
import type { Store } from '../ports/store.ts';
import { storyFromAnswer, storyFromBullet } from './draft-story.ts';
import type { StoryDraft } from './story.ts';

/** An answer this strong (overall, 1–5) is a story worth keeping: on eval/interview the offline
 *  rubric scores written-strong answers 3.0–3.6 and ok ones at most 2.9. */
export const strongAnswerScore = 3;
const maxOffered = 6;

export async function storyCandidates(store: Store, userId: string): Promise<StoryDraft[]> {
  const [saved, answers, resume] = await Promise.all([
    store.stories.list(userId),
    store.interviews.strongAnswers(userId, strongAnswerScore, maxOffered),
    store.resumes.parsedVersion(userId),
  ]);
  const known = new Set(saved.map((s) => s.sourceRef));
  const fromAnswers = answers.map((a) => storyFromAnswer(a.id, a.question, a.text));
  const fromBullets = (resume?.parsed.work ?? []).flatMap((w) => w.highlights.filter((h) => /\d/.test(h)).map((h) => storyFromBullet(w, h)));
  return [...fromAnswers, ...fromBullets].filter((d) => !known.has(d.sourceRef)).slice(0, maxOffered);
}

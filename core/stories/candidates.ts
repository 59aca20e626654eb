// Stories worth offering: the user's strongest scored interview answers, then resume bullets
// with a number in them, minus those already saved or skipped. The user confirms each one.
import type { Store } from '../ports/store.ts';
import { storyFromAnswer, storyFromBullet } from './draft-story.ts';
import type { StoryDraft } from './story.ts';

/** An answer this strong (overall, 1–5) is a story worth keeping: on eval/interview the offline
 *  rubric scores written-strong answers 3.0–3.6 and ok ones at most 2.9. */
export const strongAnswerScore = 3;
const maxOffered = 6;
/** Strong answers read to find new ones: saved and skipped ones are filtered out after. */
const answersRead = 50;

export async function storyCandidates(store: Store, userId: string): Promise<StoryDraft[]> {
  const [known, answers, resume] = await Promise.all([
    store.stories.decidedSources(userId),
    store.interviews.strongAnswers(userId, strongAnswerScore, answersRead),
    store.resumes.parsedVersion(userId),
  ]);
  const fromAnswers = answers.map((a) => storyFromAnswer(a.id, a.question, a.text));
  const fromBullets = (resume?.parsed.work ?? []).flatMap((w) => w.highlights.filter((h) => /\d/.test(h)).map((h) => storyFromBullet(w, h)));
  return [...fromAnswers, ...fromBullets].filter((d) => !known.has(d.sourceRef)).slice(0, maxOffered);
}

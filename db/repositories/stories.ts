import { and, desc, eq } from 'drizzle-orm';
import type { Story, StoryStore } from '../../core/stories/story.ts';
import type { Db } from '../database.ts';
import { stories } from '../schema.ts';

export function createStoryRepository(db: Db): StoryStore {
  return {
    async save(userId, draft) {
      // A story skipped earlier may still be saved later; one saved already is not saved twice.
      const saved = await db
        .insert(stories)
        .values({ userId, ...draft, status: 'saved' })
        .onConflictDoUpdate({ target: [stories.userId, stories.sourceRef], set: { ...draft, status: 'saved' }, setWhere: eq(stories.status, 'dismissed') })
        .returning({ id: stories.id });
      return saved.length > 0;
    },
    async dismiss(userId, draft) {
      await db.insert(stories).values({ userId, ...draft, status: 'dismissed' }).onConflictDoNothing({ target: [stories.userId, stories.sourceRef] });
    },
    async list(userId) {
      const rows = await db
        .select()
        .from(stories)
        .where(and(eq(stories.userId, userId), eq(stories.status, 'saved')))
        .orderBy(desc(stories.createdAt));
      return rows.map(({ userId: _owner, status: _status, ...story }) => story satisfies Story);
    },
    async decidedSources(userId) {
      const rows = await db.select({ sourceRef: stories.sourceRef }).from(stories).where(eq(stories.userId, userId));
      return new Set(rows.map((r) => r.sourceRef));
    },
    async remove(userId, storyId) {
      const removed = await db
        .delete(stories)
        .where(and(eq(stories.userId, userId), eq(stories.id, storyId)))
        .returning({ id: stories.id });
      return removed.length > 0;
    },
  };
}

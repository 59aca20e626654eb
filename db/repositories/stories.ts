import { and, desc, eq } from 'drizzle-orm';
import type { Story, StoryStore } from '../../core/stories/story.ts';
import type { Db } from '../database.ts';
import { stories } from '../schema.ts';

export function createStoryRepository(db: Db): StoryStore {
  return {
    async save(userId, draft) {
      const inserted = await db
        .insert(stories)
        .values({ userId, ...draft })
        .onConflictDoNothing({ target: [stories.userId, stories.sourceRef] })
        .returning({ id: stories.id });
      return inserted.length > 0;
    },
    async list(userId) {
      const rows = await db.select().from(stories).where(eq(stories.userId, userId)).orderBy(desc(stories.createdAt));
      return rows.map(({ userId: _owner, ...story }) => story satisfies Story);
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

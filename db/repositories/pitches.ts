import { desc, eq } from 'drizzle-orm';
import type { PitchStore } from '../../core/ports/store.ts';
import type { Db } from '../database.ts';
import { pitches } from '../schema.ts';

export function createPitchRepository(db: Db): PitchStore {
  return {
    async save(userId, text, targetSeconds) {
      await db.insert(pitches).values({ userId, text, targetSeconds });
    },
    async latest(userId) {
      const [row] = await db
        .select({ text: pitches.text, targetSeconds: pitches.targetSeconds, createdAt: pitches.createdAt })
        .from(pitches)
        .where(eq(pitches.userId, userId))
        .orderBy(desc(pitches.createdAt))
        .limit(1);
      return row;
    },
  };
}

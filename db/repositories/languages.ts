import { and, eq } from 'drizzle-orm';
import type { LanguageStore } from '../../core/language/language-store.ts';
import type { Db } from '../database.ts';
import { users } from '../schema.ts';

export function createLanguageRepository(db: Db): LanguageStore {
  return {
    async set(userId, language, chosen) {
      await db.update(users).set({ language, languageChosen: chosen }).where(eq(users.id, userId));
    },
    async detected(userId, language) {
      await db.update(users).set({ language }).where(and(eq(users.id, userId), eq(users.languageChosen, false)));
    },
    async of(userId) {
      const [row] = await db.select({ language: users.language }).from(users).where(eq(users.id, userId));
      return row?.language ?? null;
    },
  };
}

import { defineConfig } from 'drizzle-kit';

// Generation is offline: drizzle-kit reads db/schema.ts and writes SQL; it connects to nothing.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
});

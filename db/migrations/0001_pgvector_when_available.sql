-- Enable pgvector where the server offers it (PGlite, the pgvector/pgvector image). Servers
-- without it, or roles not allowed to create extensions, keep working: vector search falls
-- back to exact cosine over real[] (see db/repositories/knowledge.ts).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
    BEGIN
      CREATE EXTENSION IF NOT EXISTS vector;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'pgvector is available but this role may not create it; using exact cosine search';
    END;
  END IF;
END
$$;

-- Enable pgvector where the server offers it (PGlite, the pgvector/pgvector image). Servers
-- without it keep working: vector search falls back to exact cosine over real[].
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
    CREATE EXTENSION IF NOT EXISTS vector;
  END IF;
END
$$;

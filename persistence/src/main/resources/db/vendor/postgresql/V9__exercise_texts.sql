-- Issue 14, the texts of real catalogs (the same columns as db/vendor/h2/V9; only the index differs).
-- An exercise's description, level, mechanic and force, and its source's author and URL; all
-- optional, so rows written before read unchanged (NULL). Aliases are exercise_text rows of list 'A'.
ALTER TABLE exercise ADD COLUMN description VARCHAR(4000);
ALTER TABLE exercise ADD COLUMN level VARCHAR(20);
ALTER TABLE exercise ADD COLUMN mechanic VARCHAR(20);
ALTER TABLE exercise ADD COLUMN force VARCHAR(20);
ALTER TABLE exercise ADD COLUMN source_author VARCHAR(500);
ALTER TABLE exercise ADD COLUMN source_url VARCHAR(2000);
-- The catalog's q finds an alias like a name (LOWER(content) LIKE '%text%'): a trigram index of the
-- aliases only (pg_trgm from V2), so the search neither reads every text row nor every exercise.
CREATE INDEX exercise_alias_trgm_idx ON exercise_text USING gin (LOWER(content) public.gin_trgm_ops) WHERE list = 'A';

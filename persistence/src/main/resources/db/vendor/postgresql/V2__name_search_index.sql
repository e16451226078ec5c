-- Case-insensitive "name contains" search (name_key LIKE '%text%') cannot use a B-tree index;
-- a trigram index serves it on PostgreSQL. pg_trgm is a trusted extension (PostgreSQL 13+):
-- any role that may create objects in the database can install it. It goes to schema public so
-- that every schema of the database shares one copy.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE INDEX exercise_name_trgm_idx ON exercise USING gin (name_key public.gin_trgm_ops);

-- H2 has no trigram index; its embedded, single-user catalogs are small enough to scan.
-- This migration keeps the version numbers the same on both databases.
SELECT 1;

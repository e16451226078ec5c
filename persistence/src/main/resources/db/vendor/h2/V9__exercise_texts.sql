-- Issue 14, the texts of real catalogs (the same columns as db/vendor/postgresql/V9, which also
-- indexes the aliases by trigram: H2 has no trigram index, and its embedded catalogs are small
-- enough to scan, as V2 says).
ALTER TABLE exercise ADD COLUMN description VARCHAR(4000);
ALTER TABLE exercise ADD COLUMN level VARCHAR(20);
ALTER TABLE exercise ADD COLUMN mechanic VARCHAR(20);
ALTER TABLE exercise ADD COLUMN force VARCHAR(20);
ALTER TABLE exercise ADD COLUMN source_author VARCHAR(500);
ALTER TABLE exercise ADD COLUMN source_url VARCHAR(2000);

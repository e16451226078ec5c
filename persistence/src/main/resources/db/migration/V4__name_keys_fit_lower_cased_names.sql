-- Names are at most 200 characters (the domain's Limits.NAME), and so are their columns; the
-- lower-cased copies kept for case-insensitive search and sort can be longer: Java lower-cases
-- 'İ' (U+0130) to two characters, "i" and a combining dot. A name of 200 such letters was refused
-- by the database with an SQL error. Twice the name always fits. (V3 is another change's.)
ALTER TABLE exercise ALTER COLUMN name_key SET DATA TYPE VARCHAR(400);
ALTER TABLE program ALTER COLUMN name_key SET DATA TYPE VARCHAR(400);

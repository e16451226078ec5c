-- Issue 15: progression over weeks. A program runs weeks (1-52, 1 for every program stored before);
-- a step item may carry a progression, written as the document writes it
-- ('linear +2.5kg per session, deload 10% after 3 misses', 'double 8-12 +2.5kg',
-- 'weekly 65%x5x3, 75%x3x3, 85%x1x3, deload 40%x5x3'), so it reads back in its own unit.
ALTER TABLE program ADD COLUMN weeks SMALLINT NOT NULL DEFAULT 1;
ALTER TABLE program ADD CONSTRAINT program_weeks_in_range CHECK (weeks BETWEEN 1 AND 52);
ALTER TABLE program_step_item ADD COLUMN progression VARCHAR(300);

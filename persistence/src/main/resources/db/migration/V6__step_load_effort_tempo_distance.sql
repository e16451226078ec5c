-- Issue 15: a step's load, effort, tempo, AMRAP, and a third kind of dose, a distance.
-- dose_kind 'D': a distance, written in distance as typed ('1.5km', '1mi'), amount its whole metres.
-- load_spec is the load as the document writes it ('100kg', '75%', 'bodyweight+10kg'), so it reads
-- back in its own unit; rpe (1-10 in halves) and rir (0-10) are never both set.
-- (There is no V5: the number was held for a change that turned out to need no migration.)
ALTER TABLE program_step_item ADD COLUMN distance VARCHAR(16);
ALTER TABLE program_step_item ADD COLUMN amrap BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE program_step_item ADD COLUMN load_spec VARCHAR(32);
ALTER TABLE program_step_item ADD COLUMN rpe NUMERIC(3, 1);
ALTER TABLE program_step_item ADD COLUMN rir SMALLINT;
ALTER TABLE program_step_item ADD COLUMN tempo VARCHAR(16);
ALTER TABLE program_step_item ADD CONSTRAINT program_step_item_one_effort CHECK (rpe IS NULL OR rir IS NULL);

-- Issue 15: a step's ramp-up sets, as the document writes them ('standard', 'bar x10, 50% x5, 75% x3',
-- either ending 'on 15kg bar'); NULL for none. The domain's longest written form is 85 characters.
ALTER TABLE program_step_item ADD COLUMN ramp_up VARCHAR(100);

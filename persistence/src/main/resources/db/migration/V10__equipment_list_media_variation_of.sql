-- Issue 14 (links): equipment as a list with "unknown" apart from "none", media, variationOf.
-- exercise.equipment now says which of three the equipment is: 'none', 'unknown' or 'listed'; a
-- listed exercise's items are its exercise_text rows of list 'E', in order. A row written before
-- held one line: 'body weight' (or 'none') was nothing needed, 'unknown' (what the wger reader
-- wrote for an empty list) not known, anything else one item, kept whole.
INSERT INTO exercise_text (exercise_id, list, position, content)
    SELECT id, 'E', 0, equipment FROM exercise WHERE LOWER(equipment) NOT IN ('body weight', 'none', 'unknown');
UPDATE exercise SET equipment = CASE LOWER(equipment)
    WHEN 'body weight' THEN 'none' WHEN 'none' THEN 'none' WHEN 'unknown' THEN 'unknown' ELSE 'listed' END;

-- The exercise this one is a variation of. No foreign key: Limber checks the link when an
-- exercise is saved or imported (a link may point forwards within one import batch) and refuses
-- to delete an exercise that variations link to. The index serves ?variationOf= pages by name.
ALTER TABLE exercise ADD COLUMN variation_of VARCHAR(100);
CREATE INDEX exercise_variation_of_idx ON exercise (variation_of, name_key, id);

-- Images and videos by reference, each with its own licence and author (NULL: not named).
-- kind: 'image' or 'video'; position keeps the order they were given in.
CREATE TABLE exercise_media (
    exercise_id VARCHAR(100)  NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
    position    INT           NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    reference   VARCHAR(2000) NOT NULL,
    license     VARCHAR(200)  NOT NULL,
    author      VARCHAR(200),
    PRIMARY KEY (exercise_id, position)
);

-- Limber's schema. Written once for both databases: PostgreSQL, and H2 in PostgreSQL mode.
-- Relational, not JSON blobs, so that integrity (foreign keys, unique ids) is the database's job.

CREATE TABLE exercise (
    id                 VARCHAR(100)  NOT NULL PRIMARY KEY,
    name               VARCHAR(200)  NOT NULL,
    name_key           VARCHAR(200)  NOT NULL,  -- lower-cased name: case-insensitive search and sort
    kind               VARCHAR(20)   NOT NULL,
    laterality         VARCHAR(20)   NOT NULL,
    equipment          VARCHAR(100)  NOT NULL,
    starting_position  VARCHAR(2000),
    caution            VARCHAR(2000),
    source_origin      VARCHAR(200)  NOT NULL,
    source_original_id VARCHAR(200),
    source_license     VARCHAR(200)  NOT NULL,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX exercise_name_idx ON exercise (name_key, id);
CREATE INDEX exercise_kind_name_idx ON exercise (kind, name_key, id);

-- role: 'P' primary, 'S' secondary; position keeps the order they were given in.
CREATE TABLE exercise_target (
    exercise_id VARCHAR(100) NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
    role        CHAR(1)      NOT NULL,
    position    INT          NOT NULL,
    target      VARCHAR(20)  NOT NULL,
    PRIMARY KEY (exercise_id, role, position)
);
CREATE INDEX exercise_target_target_idx ON exercise_target (target, exercise_id);

-- list: 'C' cue, 'V' variation.
CREATE TABLE exercise_text (
    exercise_id VARCHAR(100)  NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,
    list        CHAR(1)       NOT NULL,
    position    INT           NOT NULL,
    content     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (exercise_id, list, position)
);

CREATE TABLE program (
    id          VARCHAR(100)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    name_key    VARCHAR(200)  NOT NULL,
    description VARCHAR(4000) NOT NULL,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX program_name_idx ON program (name_key, id);

CREATE TABLE program_tag (
    program_id VARCHAR(100) NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    position   INT          NOT NULL,
    tag        VARCHAR(100) NOT NULL,
    PRIMARY KEY (program_id, position)
);
CREATE INDEX program_tag_tag_idx ON program_tag (tag, program_id);

-- days: weekdays as 'mon,thu', empty when the session has none.
CREATE TABLE program_session (
    program_id VARCHAR(100) NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    session_no INT          NOT NULL,
    name       VARCHAR(200) NOT NULL,
    days       VARCHAR(40)  NOT NULL,
    PRIMARY KEY (program_id, session_no)
);

CREATE TABLE program_phase (
    program_id VARCHAR(100) NOT NULL,
    session_no INT          NOT NULL,
    phase_no   INT          NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    PRIMARY KEY (program_id, session_no, phase_no),
    FOREIGN KEY (program_id, session_no) REFERENCES program_session (program_id, session_no) ON DELETE CASCADE
);

-- A step is one exercise (circuit_name NULL, one item) or a circuit of items done in rounds.
CREATE TABLE program_step (
    program_id     VARCHAR(100) NOT NULL,
    session_no     INT          NOT NULL,
    phase_no       INT          NOT NULL,
    step_no        INT          NOT NULL,
    circuit_name   VARCHAR(200),
    rounds         INT,
    round_rest_s   INT,
    PRIMARY KEY (program_id, session_no, phase_no, step_no),
    FOREIGN KEY (program_id, session_no, phase_no)
        REFERENCES program_phase (program_id, session_no, phase_no) ON DELETE CASCADE
);

-- dose_kind: 'T' timed (amount in seconds) or 'R' reps (amount in reps).
CREATE TABLE program_step_item (
    program_id  VARCHAR(100)  NOT NULL,
    session_no  INT           NOT NULL,
    phase_no    INT           NOT NULL,
    step_no     INT           NOT NULL,
    item_no     INT           NOT NULL,
    exercise_id VARCHAR(100)  NOT NULL REFERENCES exercise (id),
    dose_kind   CHAR(1)       NOT NULL,
    amount      INT           NOT NULL,
    sets        INT           NOT NULL,
    rest_s      INT           NOT NULL,
    per_side    BOOLEAN       NOT NULL,
    hold_s      INT,
    dose_source VARCHAR(20)   NOT NULL,
    note        VARCHAR(2000),
    PRIMARY KEY (program_id, session_no, phase_no, step_no, item_no),
    FOREIGN KEY (program_id, session_no, phase_no, step_no)
        REFERENCES program_step (program_id, session_no, phase_no, step_no) ON DELETE CASCADE
);
CREATE INDEX program_step_item_exercise_idx ON program_step_item (exercise_id, program_id);

package dev.limber.domain;

/**
 * The fields of the model's records that a refusal ({@link InvalidValueException}) can name and
 * an adapter must locate: in a document, a request body, a dataset item. Adapters map each to
 * their own names in one exhaustive {@code switch}, so renaming or adding a record component
 * shows up as a compile error there instead of a pointer that silently points nowhere.
 *
 * <p>{@link #modelName()} is how messages name the field ({@code circuit.rest must not be
 * negative}); it is wording, never parsed.
 */
public enum ModelField {
    EXERCISE_ID("id"),
    EXERCISE_NAME("name"),
    EXERCISE_KIND("kind"),
    EXERCISE_LATERALITY("laterality"),
    EXERCISE_PRIMARY("primary"),
    EXERCISE_SECONDARY("secondary"),
    EXERCISE_CUES("cues"),
    EXERCISE_VARIATIONS("variations"),
    EXERCISE_EQUIPMENT("equipment"),
    EXERCISE_STARTING_POSITION("startingPosition"),
    EXERCISE_CAUTION("caution"),
    EXERCISE_SOURCE("source"),
    SOURCE_ORIGIN("source.origin"),
    SOURCE_ORIGINAL_ID("source.originalId"),
    SOURCE_LICENSE("source.license"),
    PROGRAM_ID("id"),
    PROGRAM_NAME("name"),
    PROGRAM_DESCRIPTION("description"),
    PROGRAM_TAGS("tags"),
    PROGRAM_SESSIONS("sessions"),
    PROGRAM_WEEKS("weeks"),
    SESSION_NAME("session.name"),
    SESSION_PHASES("phases"),
    SESSION_DAYS("days"),
    PHASE_KIND("phase"),
    PHASE_STEPS("steps"),
    CIRCUIT_NAME("circuit.name"),
    CIRCUIT_STEPS("circuit.steps"),
    CIRCUIT_ROUNDS("circuit.rounds"),
    CIRCUIT_REST_BETWEEN_ROUNDS("circuit.rest"),
    STEP_EXERCISE("exercise"),
    STEP_PRESCRIPTION("prescription"),
    STEP_NOTE("note"),
    STEP_PROGRESSION("progression"),
    PRESCRIPTION_DOSE("dose"),
    PRESCRIPTION_SETS("sets"),
    PRESCRIPTION_REST("rest"),
    PRESCRIPTION_PER_SIDE("perSide"),
    PRESCRIPTION_HOLD("hold"),
    PRESCRIPTION_SOURCE("source"),
    PRESCRIPTION_LOAD("load"),
    PRESCRIPTION_EFFORT("effort"),
    PRESCRIPTION_TEMPO("tempo"),
    PRESCRIPTION_RAMP_UP("rampUp"),
    EFFORT_RPE("effort.rpe"),
    EFFORT_RIR("effort.rir"),
    DOSE_DURATION("duration"),
    DOSE_REPS("reps"),
    DOSE_AMRAP("amrap"),
    DOSE_DISTANCE("distance"),
    /** A weight outside a step: a ramp's working load, a bar, a plate. */
    WEIGHT("weight"),
    EXERCISE_DESCRIPTION("description"),
    EXERCISE_ALIASES("aliases"),
    EXERCISE_LEVEL("level"),
    EXERCISE_MECHANIC("mechanic"),
    EXERCISE_FORCE("force"),
    SOURCE_AUTHOR("source.author"),
    SOURCE_URL("source.url"),
    EXERCISE_MEDIA("media"),
    MEDIA_KIND("media.kind"),
    MEDIA_REFERENCE("media.reference"),
    MEDIA_LICENSE("media.license"),
    MEDIA_AUTHOR("media.author"),
    EXERCISE_VARIATION_OF("variationOf");

    private final String modelName;

    ModelField(String modelName) {
        this.modelName = modelName;
    }

    /** The field as messages name it. */
    public String modelName() {
        return modelName;
    }
}

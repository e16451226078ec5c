package dev.limber.formats.document;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.ModelField;

/**
 * Where each field of the model sits in a Limber document, as a JSON pointer relative to the
 * object its record is read from. One exhaustive switch: a field added to {@link ModelField}
 * does not compile until it has a place here.
 */
final class DocumentPaths {
    private DocumentPaths() {}

    /** The refused field below the object that was being read; empty (the object) when the field is not the model's. */
    static String of(InvalidValueException refused) {
        String item = refused.index().isPresent() ? "/" + refused.index().getAsInt() : "";
        return refused.modelField().map(field -> path(field) + item).orElse("");
    }

    static String path(ModelField field) {
        return switch (field) {
            case EXERCISE_ID, PROGRAM_ID -> "/id";
            case EXERCISE_NAME, PROGRAM_NAME, SESSION_NAME -> "/name";
            case EXERCISE_KIND -> "/kind";
            case EXERCISE_LATERALITY -> "/laterality";
            case EXERCISE_PRIMARY -> "/primary";
            case EXERCISE_SECONDARY -> "/secondary";
            case EXERCISE_CUES -> "/cues";
            case EXERCISE_VARIATIONS -> "/variations";
            case EXERCISE_SOURCE -> "/source";
            case EXERCISE_EQUIPMENT -> "/equipment";
            case EXERCISE_STARTING_POSITION -> "/startingPosition";
            case EXERCISE_CAUTION -> "/caution";
            case SOURCE_ORIGINAL_ID -> "/originalId";
            case PROGRAM_DESCRIPTION -> "/description";
            case STEP_NOTE -> "/note";
            case STEP_PROGRESSION -> "/progression";
            case SOURCE_ORIGIN -> "/origin";
            case SOURCE_LICENSE -> "/license";
            case PROGRAM_TAGS -> "/tags";
            case PROGRAM_SESSIONS -> "/sessions";
            case PROGRAM_WEEKS -> "/weeks";
            case SESSION_PHASES -> "/phases";
            case SESSION_DAYS -> "/days";
            case PHASE_KIND -> "/phase";
            case PHASE_STEPS, CIRCUIT_STEPS -> "/steps";
            case CIRCUIT_NAME -> "/circuit";
            case CIRCUIT_ROUNDS -> "/rounds";
            case CIRCUIT_REST_BETWEEN_ROUNDS, PRESCRIPTION_REST -> "/rest";
            case STEP_EXERCISE -> "/exercise";
            // A step's prescription and dose are written flat in the step's own object.
            case STEP_PRESCRIPTION, PRESCRIPTION_DOSE -> "";
            case PRESCRIPTION_SETS -> "/sets";
            case PRESCRIPTION_PER_SIDE -> "/perSide";
            case PRESCRIPTION_HOLD -> "/hold";
            case PRESCRIPTION_SOURCE -> "/doseSource";
            case DOSE_DURATION -> "/duration";
            case DOSE_REPS -> "/reps";
            case DOSE_AMRAP -> "/amrap";
            case DOSE_DISTANCE -> "/distance";
            // A weight in a document is always part of a step's load.
            case PRESCRIPTION_LOAD, WEIGHT -> "/load";
            case PRESCRIPTION_EFFORT -> "/effort";
            case EFFORT_RPE -> "/effort/rpe";
            case EFFORT_RIR -> "/effort/rir";
            case PRESCRIPTION_TEMPO -> "/tempo";
            case PRESCRIPTION_RAMP_UP -> "/rampUp";
            case EXERCISE_DESCRIPTION -> "/description";
            case EXERCISE_ALIASES -> "/aliases";
            case EXERCISE_LEVEL -> "/level";
            case EXERCISE_MECHANIC -> "/mechanic";
            case EXERCISE_FORCE -> "/force";
            case SOURCE_AUTHOR -> "/author";
            case SOURCE_URL -> "/url";
            case EXERCISE_MEDIA -> "/media";
            // A media item's kind is its key (image or video), whose value is the reference.
            case MEDIA_KIND, MEDIA_REFERENCE -> "";
            case MEDIA_LICENSE -> "/license";
            case MEDIA_AUTHOR -> "/author";
            case EXERCISE_VARIATION_OF -> "/variationOf";
        };
    }
}

package dev.limber.domain.exercise;

/**
 * What travels with every nerve glide Limber shows: the article's condition for using one and a
 * caution. A nerve glide ("nerve flossing") is neither a stretch nor a warm-up: the article offers
 * it when what feels like tight hamstrings may be nerve tension.
 */
public final class NerveGlides {
    /** The article's condition, in its words. */
    public static final String CONDITION =
            "the article uses nerve flossing when traditional stretching doesn't relieve the tightness";

    /** The caution shown when a nerve glide carries none of its own. */
    public static final String CAUTION = "Move gently, never into pain; see a clinician before going on if pain"
            + " radiates down your leg or comes with numbness or tingling.";

    private NerveGlides() {}

    /** The exercise's own caution, or the general one. */
    public static String caution(Exercise exercise) {
        return exercise.cautionNote().orElse(CAUTION);
    }

    /** Condition and caution for a card's caution line, which already names the exercise. */
    public static String cardNote(Exercise exercise) {
        return "A nerve glide, neither a stretch nor a warm-up: " + CONDITION + ". " + caution(exercise);
    }

    /** Condition and caution in one sentence pair, for a finding. */
    public static String note(Exercise exercise) {
        return exercise.id() + " is a nerve glide, neither a stretch nor a warm-up: " + CONDITION + ". Caution: "
                + caution(exercise);
    }
}

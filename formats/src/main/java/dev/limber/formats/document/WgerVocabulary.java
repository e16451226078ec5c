package dev.limber.formats.document;

import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * wger's closed sets in Limber's words: its exercise categories and its muscles. The tables are
 * the ones docs/document-format.md prints; a name not in them is a located problem, never
 * dropped, so that a wger instance with muscles of its own is noticed. A muscle Limber names
 * finer (soleus, brachialis, serratus anterior, the anterior deltoid) keeps its finer target, which
 * counts for its area ({@link Target#area()}); the others map to the area that holds them.
 */
final class WgerVocabulary {
    /** wger's categories (its {@code exercisecategory} list) → kind. */
    static final Map<String, ExerciseKind> CATEGORIES = categories();

    /**
     * wger's muscles (its {@code muscle} list), by the Latin {@code name} and by the English
     * {@code name_en}, → target.
     */
    static final Map<String, Target> MUSCLES = muscles();

    private WgerVocabulary() {}

    static Optional<ExerciseKind> kind(String category) {
        return Optional.ofNullable(CATEGORIES.get(key(category)));
    }

    static Optional<Target> target(String muscle) {
        return Optional.ofNullable(MUSCLES.get(key(muscle)));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, ExerciseKind> categories() {
        Map<String, ExerciseKind> kinds = new LinkedHashMap<>();
        // wger sorts lifts by body part; Limber by what a move does: they are all strength work.
        for (String bodyPart : new String[] {"abs", "arms", "back", "calves", "chest", "legs", "shoulders"}) {
            kinds.put(bodyPart, ExerciseKind.STRENGTH);
        }
        kinds.put("cardio", ExerciseKind.CARDIO);
        return java.util.Collections.unmodifiableMap(kinds);
    }

    private static Map<String, Target> muscles() {
        Map<String, Target> muscles = new LinkedHashMap<>();
        // wger's English name of the anterior deltoid is "Shoulders": both name the front head.
        muscle(muscles, "anterior deltoid", "shoulders", Target.FRONT_DELTS);
        muscle(muscles, "biceps brachii", "biceps", Target.BICEPS);
        muscle(muscles, "biceps femoris", "hamstrings", Target.HAMSTRINGS);
        muscle(muscles, "brachialis", "", Target.BRACHIALIS);
        muscle(muscles, "gastrocnemius", "calves", Target.CALVES);
        muscle(muscles, "gluteus maximus", "glutes", Target.GLUTES);
        muscle(muscles, "latissimus dorsi", "lats", Target.LATS);
        muscle(muscles, "obliquus externus abdominis", "", Target.OBLIQUES);
        muscle(muscles, "pectoralis major", "chest", Target.CHEST);
        muscle(muscles, "quadriceps femoris", "quads", Target.QUADRICEPS);
        muscle(muscles, "rectus abdominis", "abs", Target.ABDOMINALS);
        muscle(muscles, "serratus anterior", "", Target.SERRATUS_ANTERIOR);
        muscle(muscles, "soleus", "", Target.SOLEUS);
        muscle(muscles, "trapezius", "", Target.TRAPS);
        muscle(muscles, "triceps brachii", "triceps", Target.TRICEPS);
        return java.util.Collections.unmodifiableMap(muscles);
    }

    private static void muscle(Map<String, Target> muscles, String latin, String english, Target target) {
        muscles.put(latin, target);
        if (!english.isEmpty()) {
            muscles.put(english, target);
        }
    }
}

package dev.limber.domain.exercise;

import dev.limber.domain.Named;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fixed vocabulary of body areas: the 17 muscle groups of the free-exercise-db dataset plus
 * the areas the leg-day article speaks of (hip flexors, hips, pelvis, spine, obliques).
 */
public enum Target implements Named {
    ABDOMINALS("abdominals"),
    ABDUCTORS("abductors"),
    ADDUCTORS("adductors"),
    BICEPS("biceps"),
    CALVES("calves"),
    CHEST("chest"),
    FOREARMS("forearms"),
    GLUTES("glutes"),
    HAMSTRINGS("hamstrings"),
    LATS("lats"),
    LOWER_BACK("lower-back"),
    MIDDLE_BACK("middle-back"),
    NECK("neck"),
    QUADRICEPS("quadriceps"),
    SHOULDERS("shoulders"),
    TRAPS("traps"),
    TRICEPS("triceps"),
    HIP_FLEXORS("hip-flexors"),
    OBLIQUES("obliques"),
    HIPS("hips"),
    PELVIS("pelvis"),
    SPINE("spine");

    /** Areas whose loading makes a session a lower-body day (the article's leg day). */
    public static final Set<Target> LOWER_BODY =
            Collections.unmodifiableSet(EnumSet.of(HAMSTRINGS, GLUTES, QUADRICEPS, ADDUCTORS, LOWER_BACK));

    private final String externalName;

    Target(String externalName) {
        this.externalName = externalName;
    }

    @Override
    public String externalName() {
        return externalName;
    }

    public static Target parse(String text) {
        return Named.parse(Target.class, "target", text);
    }
}

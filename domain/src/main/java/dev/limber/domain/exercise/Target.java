package dev.limber.domain.exercise;

import dev.limber.domain.Named;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fixed vocabulary of body areas: the 17 muscle groups of the free-exercise-db dataset plus
 * the areas the leg-day article speaks of (hip flexors, hips, pelvis, spine, obliques), and finer
 * targets that public datasets name (wger, exercemus): single muscles (soleus, brachialis,
 * serratus anterior), the deltoid heads, and the joints mobility drills work (ankles, wrists,
 * knees). Each finer target is part of one coarser area ({@link #area()}); rules, the warm-up
 * builder and the catalog's target filter reason with areas, so work on the soleus counts for the
 * calves and a request for the shoulders is met by the front delts. A coarse area is its own area.
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
    SPINE("spine"),
    // Finer targets, each part of one area above.
    SOLEUS("soleus", CALVES),
    BRACHIALIS("brachialis", BICEPS),
    SERRATUS_ANTERIOR("serratus-anterior", CHEST),
    FRONT_DELTS("front-delts", SHOULDERS),
    SIDE_DELTS("side-delts", SHOULDERS),
    REAR_DELTS("rear-delts", SHOULDERS),
    // Joints count for the muscles that move them, as the datasets list ankle circles under calves.
    ANKLES("ankles", CALVES),
    WRISTS("wrists", FOREARMS),
    KNEES("knees", QUADRICEPS);

    /** Areas whose loading makes a session a lower-body day (the article's leg day). */
    public static final Set<Target> LOWER_BODY =
            Collections.unmodifiableSet(EnumSet.of(HAMSTRINGS, GLUTES, QUADRICEPS, ADDUCTORS, LOWER_BACK));

    private final String externalName;
    private final Target area;

    Target(String externalName) {
        this.externalName = externalName;
        this.area = null;
    }

    Target(String externalName, Target area) {
        this.externalName = externalName;
        this.area = area;
    }

    @Override
    public String externalName() {
        return externalName;
    }

    public static Target parse(String text) {
        return Named.parse(Target.class, "target", text);
    }

    /** The coarser area this target is part of: itself for an area, e.g. {@code calves} for {@code soleus}. */
    public Target area() {
        return area == null ? this : area;
    }

    /** Whether this is a coarse area rather than a finer part of one. */
    public boolean isArea() {
        return area == null;
    }

    /** Whether work on this target counts for {@code other}: it is {@code other} or a finer part of it. */
    public boolean isPartOf(Target other) {
        return this == other || area == other;
    }

    /** The finer targets that are part of this area, in declaration order; none for a finer target. */
    public Set<Target> parts() {
        return Parts.OF[ordinal()];
    }

    /** Each area's parts, worked out once: rules and the warm-up builder ask per request. */
    private static final class Parts {
        static final Set<Target>[] OF = partsOfEach();

        @SuppressWarnings("unchecked")
        private static Set<Target>[] partsOfEach() {
            Target[] all = values();
            Set<Target>[] of = new Set[all.length];
            for (Target area : all) {
                Set<Target> parts = EnumSet.noneOf(Target.class);
                for (Target target : all) {
                    if (target.area == area) {
                        parts.add(target);
                    }
                }
                of[area.ordinal()] = Collections.unmodifiableSet(parts);
            }
            return of;
        }
    }

    /** The coarse areas, in declaration order. */
    public static Set<Target> areas() {
        Set<Target> areas = EnumSet.noneOf(Target.class);
        for (Target target : values()) {
            if (target.isArea()) {
                areas.add(target);
            }
        }
        return Collections.unmodifiableSet(areas);
    }
}

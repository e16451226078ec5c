package dev.limber.domain.exercise;

import dev.limber.domain.Named;

/**
 * What an exercise does to the body, which decides where in a session it belongs. What each kind
 * means to the warm-up builder and the rules ({@code docs/guidelines.md}, "Exercise kinds"):
 *
 * <ul>
 *   <li>{@link #DYNAMIC}: moving work through a range (leg swings): warms up, and loads when it is
 *       the main work;</li>
 *   <li>{@link #STATIC_STRETCH}: a muscle held lengthened (child's pose): neither warms nor loads;
 *       graded before training;</li>
 *   <li>{@link #STRENGTH}: moving work against a load (squats, glute bridges): loads;</li>
 *   <li>{@link #ISOMETRIC}: a muscle held contracted without moving (a side bridge, a wall sit):
 *       loads and counts as strength work, but is not moving work, so it warms nothing, and it is
 *       not a stretch;</li>
 *   <li>{@link #MOBILITY}: joints moved through their range without load (hip circles): warms
 *       up, counts as a cool-down stretch, loads nothing;</li>
 *   <li>{@link #NERVE_GLIDE}: nerve flossing: neither a stretch nor a warm-up;</li>
 *   <li>{@link #CARDIO} and {@link #PLYOMETRIC}: moving work that loads;</li>
 *   <li>{@link #SOFT_TISSUE}: foam rolling and other self-massage: neither warms, loads nor
 *       stretches, and is not graded as static holding before training.</li>
 * </ul>
 */
public enum ExerciseKind implements Named {
    DYNAMIC("dynamic"),
    STATIC_STRETCH("static-stretch"),
    STRENGTH("strength"),
    MOBILITY("mobility"),
    NERVE_GLIDE("nerve-glide"),
    CARDIO("cardio"),
    PLYOMETRIC("plyometric"),
    ISOMETRIC("isometric"),
    SOFT_TISSUE("soft-tissue");

    private final String externalName;

    ExerciseKind(String externalName) {
        this.externalName = externalName;
    }

    @Override
    public String externalName() {
        return externalName;
    }

    public static ExerciseKind parse(String text) {
        return Named.parse(ExerciseKind.class, "kind", text);
    }

    /** Dynamic and mobility moves are the ones that warm up without switching muscles off. */
    public boolean warmsUp() {
        return this == DYNAMIC || this == MOBILITY;
    }

    /**
     * Strength, isometric, plyometric, cardio and dynamic work load muscles; stretches, mobility,
     * nerve glides and soft-tissue work do not (they prepare and ease the muscles that are loaded).
     */
    public boolean loads() {
        return this == STRENGTH || this == ISOMETRIC || this == PLYOMETRIC || this == CARDIO || this == DYNAMIC;
    }

    /**
     * Whether it is moving work, the only kind that warms an area: every kind but static
     * stretches, isometric holds, nerve glides and soft-tissue work.
     */
    public boolean moves() {
        return this != STATIC_STRETCH && this != ISOMETRIC && this != NERVE_GLIDE && this != SOFT_TISSUE;
    }

    /** Strength work against a load, moving or held (glute bridges, planks, side bridges). */
    public boolean strengthens() {
        return this == STRENGTH || this == ISOMETRIC;
    }
}

package dev.limber.domain.plan;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.load.Plates;
import dev.limber.domain.load.Weight;
import dev.limber.domain.load.WeightUnit;
import dev.limber.domain.program.Program;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a week's plan is asked with.
 *
 * @param week    the week, 1 is the first; at most the program's weeks (checked by {@link Plan})
 * @param session the one session to plan, {@code null} for every session of the week
 * @param maxes   the athlete's reference max (one-repetition max) per exercise, for loads given as
 *                percentages; an exercise without one is refused only when a step needs it
 * @param missed  missed targets so far per exercise (0–{@value #MAX_MISSED}), for linear deloads
 * @param unit    the unit of every load of the plan; {@code null} for the program's own (the unit
 *                of its first weight, else of the first max, else kg)
 * @param plates  the bar and plates loads are rounded to, in {@code unit}; {@code null} for the
 *                unit's standard set ({@link Plates#standard})
 */
public record PlanRequest(
        int week,
        String session,
        Map<ExerciseId, Weight> maxes,
        Map<ExerciseId, Integer> missed,
        WeightUnit unit,
        Plates plates) {
    public static final int MAX_MISSED = 1000;

    public PlanRequest {
        if (week < 1 || week > Program.MAX_WEEKS) {
            throw new InvalidValueException("week", week, "must be between 1 and " + Program.MAX_WEEKS);
        }
        if (session != null && session.isBlank()) {
            session = null;
        }
        maxes = maxes == null ? Map.of() : copy("max", maxes);
        for (Map.Entry<ExerciseId, Weight> max : maxes.entrySet()) {
            if (max.getKey() == null || max.getValue() == null || max.getValue().isZero()) {
                throw new InvalidValueException(
                        "max",
                        max.getKey() + "="
                                + (max.getValue() == null
                                        ? null
                                        : max.getValue().text()),
                        "must give an exercise a reference max of more than 0, like back-squat=140kg");
            }
        }
        missed = missed == null ? Map.of() : copy("missed", missed);
        for (Map.Entry<ExerciseId, Integer> count : missed.entrySet()) {
            if (count.getKey() == null
                    || count.getValue() == null
                    || count.getValue() < 0
                    || count.getValue() > MAX_MISSED) {
                throw new InvalidValueException(
                        "missed",
                        count.getKey() + "=" + count.getValue(),
                        "must give an exercise 0 to " + MAX_MISSED + " missed targets, like back-squat=3");
            }
        }
        if (plates != null && unit != null && plates.unit() != unit) {
            throw new InvalidValueException(
                    "plates",
                    plates.bar().text(),
                    "are in " + plates.unit().externalName() + " but the plan is in " + unit.externalName()
                            + "; give the bar and plates in " + unit.externalName());
        }
        if (plates != null && unit == null) {
            unit = plates.unit();
        }
    }

    /** Week {@code week} of every session, loads in the program's unit on standard plates. */
    public static PlanRequest week(int week) {
        return new PlanRequest(week, null, Map.of(), Map.of(), null, null);
    }

    public PlanRequest session(String name) {
        return new PlanRequest(week, name, maxes, missed, unit, plates);
    }

    public PlanRequest maxes(Map<ExerciseId, Weight> values) {
        return new PlanRequest(week, session, values, missed, unit, plates);
    }

    public PlanRequest missed(Map<ExerciseId, Integer> counts) {
        return new PlanRequest(week, session, maxes, counts, unit, plates);
    }

    public PlanRequest unit(WeightUnit in) {
        return new PlanRequest(week, session, maxes, missed, in, plates);
    }

    public PlanRequest plates(Plates set) {
        return new PlanRequest(week, session, maxes, missed, unit, set);
    }

    private static <V> Map<ExerciseId, V> copy(String field, Map<ExerciseId, V> map) {
        TreeMap<ExerciseId, V> sorted = new TreeMap<>();
        for (Map.Entry<ExerciseId, V> entry : map.entrySet()) {
            if (entry.getKey() == null) {
                throw new InvalidValueException(field, entry.getValue(), "must name an exercise");
            }
            sorted.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(sorted);
    }
}

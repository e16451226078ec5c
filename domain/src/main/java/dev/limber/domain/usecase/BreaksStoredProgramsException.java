package dev.limber.domain.usecase;

import dev.limber.domain.DomainException;
import dev.limber.domain.ModelField;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.program.Program;
import java.util.List;
import java.util.OptionalInt;

/**
 * A replacement of exercises refused because stored programs that use them would no longer fit
 * them ({@link dev.limber.domain.program.StepFit}: a per-side dose on an exercise made bilateral),
 * and the same write does not replace those programs with ones that fit. Every broken step is
 * listed, placed twice: at the replacing exercise's field, and at the stored program's step.
 * Nothing was written.
 */
public final class BreaksStoredProgramsException extends DomainException {
    private static final long serialVersionUID = 1L;

    /**
     * One stored step that a replacement breaks.
     *
     * @param exercise      the replaced exercise
     * @param exerciseIndex its position among an imported catalog's exercises; empty when it was
     *                      saved on its own (a request body)
     * @param exerciseField the replacement's field that breaks the step
     * @param step          the stored program's step that would no longer fit (its
     *                      {@code catalogIndex} is empty: the program is stored, not imported)
     */
    public record Break(
            ExerciseId exercise,
            OptionalInt exerciseIndex,
            ModelField exerciseField,
            MisfitStepsException.Problem step) {

        public Program program() {
            return step.program();
        }

        /**
         * For people: {@code stored program core-and-glute-strength at Day A › main › step 3
         * (bird-dog): perSide does not fit bird-dog, which is bilateral (was true)}.
         */
        public String describe() {
            return "stored program " + step.program().id() + " at "
                    + step.location().describe() + ": " + step.message();
        }
    }

    private final transient List<Break> breaks;

    public BreaksStoredProgramsException(List<Break> breaks) {
        super("replacing " + exercises(breaks) + " would break " + breaks.size() + " step"
                + (breaks.size() == 1 ? "" : "s") + " of stored program"
                + (programs(breaks).size() == 1 ? " " : "s ")
                + String.join(", ", programs(breaks)) + ", the first: "
                + breaks.get(0).describe());
        this.breaks = List.copyOf(breaks);
    }

    public List<Break> breaks() {
        return breaks;
    }

    /** The ids of the programs broken, each once, in order. */
    public List<String> programs() {
        return programs(breaks);
    }

    private static List<String> programs(List<Break> breaks) {
        return breaks.stream().map(b -> b.program().id().value()).distinct().toList();
    }

    private static String exercises(List<Break> breaks) {
        return String.join(
                ", ", breaks.stream().map(b -> b.exercise().value()).distinct().toList());
    }
}

package dev.limber.formats.document;

import dev.limber.domain.usecase.BreaksStoredProgramsException;
import dev.limber.domain.usecase.ClashingIdsException;
import java.util.List;

/**
 * The wording and places of a write refused because of what is stored, one for the service and
 * the CLI: ids of an import stored with other content ({@link ClashingIdsException}) and
 * replacements that would break stored programs ({@link BreaksStoredProgramsException}).
 */
public final class StoredConflicts {
    /** How many clashes are listed one by one; the rest are counted in one line. */
    public static final int LISTED = 20;

    private StoredConflicts() {}

    /** Where a clashing id is in the imported catalog: its {@code id} field. */
    public static String pointer(ClashingIdsException.Clash clash) {
        return "/" + (clash.kind() == ClashingIdsException.Kind.EXERCISE ? "exercises" : "programs") + "/"
                + clash.catalogIndex() + "/id";
    }

    /** The line after the listed clashes, or empty when all were listed: {@code … and 827 more}. */
    public static List<String> rest(int clashes) {
        return clashes > LISTED ? List.of("… and " + (clashes - LISTED) + " more") : List.of();
    }

    /**
     * What a refused import says once, after the clashes: how many, and the choice to make.
     * {@code 847 ids of the import are stored with other content (845 exercises, 2 programs);
     * nothing was written. Choose --on-conflict skip to keep the stored ones or replace to
     * overwrite them.}
     */
    public static String clashSummary(List<ClashingIdsException.Clash> clashes, String skipAndReplace) {
        long exercises = clashes.stream()
                .filter(c -> c.kind() == ClashingIdsException.Kind.EXERCISE)
                .count();
        long programs = clashes.size() - exercises;
        List<String> kinds = new java.util.ArrayList<>();
        if (exercises > 0) {
            kinds.add(count(exercises, "exercise"));
        }
        if (programs > 0) {
            kinds.add(count(programs, "program"));
        }
        return clashes.size() + (clashes.size() == 1 ? " id" : " ids") + " of the import "
                + (clashes.size() == 1 ? "is" : "are") + " stored with other content (" + String.join(", ", kinds)
                + "); nothing was written. " + skipAndReplace;
    }

    /**
     * Where a replacement breaks a stored step: the replacing exercise's field, below
     * {@code /exercises/N} when it came in an imported catalog, else in its own document (a
     * request body).
     */
    public static String pointer(BreaksStoredProgramsException.Break broken) {
        String exercise = broken.exerciseIndex().isPresent()
                ? "/exercises/" + broken.exerciseIndex().getAsInt()
                : "";
        return exercise + DocumentPaths.path(broken.exerciseField());
    }

    /** The broken step's place in its stored program, as a pointer into that program's document. */
    public static String storedStep(BreaksStoredProgramsException.Break broken) {
        return LocationPointers.of(broken.step());
    }

    /**
     * One broken step, for people: {@code replacing bird-dog breaks stored program
     * core-and-glute-strength at /sessions/0/phases/1/steps/2/perSide (Day A › main › step 3
     * (bird-dog)): perSide does not fit bird-dog, which is bilateral (was true)}.
     */
    public static String describe(BreaksStoredProgramsException.Break broken) {
        return "replacing " + broken.exercise() + " breaks stored program "
                + broken.program().id() + " at "
                + storedStep(broken) + " (" + broken.step().location().describe() + "): "
                + broken.step().message();
    }

    /** What a refused replacement says once, after its steps: the way out. */
    public static String breakSummary(BreaksStoredProgramsException refused) {
        int steps = refused.breaks().size();
        List<String> programs = refused.programs();
        long exercises = refused.breaks().stream()
                .map(BreaksStoredProgramsException.Break::exercise)
                .distinct()
                .count();
        return steps + " step" + (steps == 1 ? "" : "s") + " of stored program" + (programs.size() == 1 ? " " : "s ")
                + String.join(", ", programs) + " would no longer fit; nothing was written. Replace "
                + (programs.size() == 1 ? "that program" : "those programs")
                + " with fitting versions in the same import, or keep "
                + (exercises == 1 ? "the exercise as it is." : "those exercises as they are.");
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}

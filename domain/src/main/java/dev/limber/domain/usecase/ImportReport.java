package dev.limber.domain.usecase;

import dev.limber.domain.exercise.ExerciseId;
import java.util.List;

/**
 * What an import did, per kind: created, replaced, skipped (stored differs, policy skip) and
 * unchanged (stored is identical, so re-running an import changes nothing); and which of the
 * replaced exercises were Limber's built-in ones (their stored source was the built-in catalog),
 * named on their own so that overwriting one is never silent.
 */
public record ImportReport(Counts exercises, Counts programs, List<ExerciseId> replacedBuiltIns, boolean dryRun) {

    public ImportReport {
        replacedBuiltIns = List.copyOf(replacedBuiltIns);
    }

    /** Counts for one kind of thing. */
    public record Counts(int created, int replaced, int skipped, int unchanged) {
        public int total() {
            return created + replaced + skipped + unchanged;
        }
    }

    /** Whether anything was (or, on a dry run, would be) written. */
    public boolean changesSomething() {
        return exercises.created() + exercises.replaced() + programs.created() + programs.replaced() > 0;
    }
}

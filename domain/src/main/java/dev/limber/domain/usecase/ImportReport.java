package dev.limber.domain.usecase;

/**
 * What an import did, per kind: created, replaced, skipped (stored differs, policy skip) and
 * unchanged (stored is identical, so re-running an import changes nothing).
 */
public record ImportReport(Counts exercises, Counts programs, boolean dryRun) {

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

package dev.limber.cli.delete;

import dev.limber.domain.usecase.UseCases;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The stored ids as completion candidates of {@code delete}'s ID. picocli reads candidates when
 * {@code limber completion} writes its script, and the script holds them as they were then: the
 * completion command lists the ids once ({@link #whileListed}), and outside it there are none, so
 * no other command opens the database for them. At most {@value #MOST} ids of each kind, so that
 * a large catalog does not make the script huge.
 */
public abstract class StoredIds implements Iterable<String> {
    static final int MOST = 2000;

    private static final ThreadLocal<Listed> LISTED = new ThreadLocal<>();

    private final Function<Listed, List<String>> pick;

    StoredIds(Function<Listed, List<String>> pick) {
        this.pick = pick;
    }

    /** Runs {@code work} (writing the completion script) with the stored ids as candidates. */
    public static <T> T whileListed(UseCases useCases, Supplier<T> work) {
        Listed listed = new Listed(
                useCases.findExercise().ids().stream()
                        .limit(MOST)
                        .map(id -> id.value())
                        .toList(),
                useCases.findProgram().ids().stream()
                        .limit(MOST)
                        .map(id -> id.value())
                        .toList());
        LISTED.set(listed);
        try {
            return work.get();
        } finally {
            LISTED.remove();
        }
    }

    @Override
    public Iterator<String> iterator() {
        Listed listed = LISTED.get();
        return listed == null
                ? List.<String>of().iterator()
                : pick.apply(listed).iterator();
    }

    record Listed(List<String> exercises, List<String> programs) {}

    /** Stored exercise ids. */
    public static final class ExerciseIds extends StoredIds {
        public ExerciseIds() {
            super(Listed::exercises);
        }
    }

    /** Stored program ids. */
    public static final class ProgramIds extends StoredIds {
        public ProgramIds() {
            super(Listed::programs);
        }
    }
}

package dev.limber.domain.store.memory;

import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Transactions;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A store kept in memory: the {@link Exercises}, {@link Programs} and {@link Transactions} ports
 * with the semantics of the database adapter (versions, conflicts and their reasons, references
 * between programs and exercises, search order, all-or-nothing units of work), and no I/O. For
 * tests and for apps that need no durability: everything is lost with the object, and neither two
 * JVMs nor two {@code InMemoryStore} objects share data.
 *
 * <p>Thread-safe. Readers never wait and never see a unit of work before it ends; writers take
 * turns, one at a time, so a version read and checked cannot be overtaken. A unit of work holds
 * the turn from start to end: work that waits for another thread writing to the same store never
 * ends.
 */
public final class InMemoryStore {
    private final ReentrantLock writing = new ReentrantLock();
    private final ThreadLocal<Unit> unitOfThisThread = new ThreadLocal<>();
    private final Clock clock;
    private final Exercises exercises = new MemoryExercises(this);
    private final Programs programs = new MemoryPrograms(this);
    private final Transactions transactions = new MemoryTransactions(this);
    /** The last published contents: what every reader outside a unit of work sees. */
    private volatile Contents published = new Contents();

    /** An empty store; versions are stamped with the UTC clock. */
    public InMemoryStore() {
        this(Clock.systemUTC());
    }

    /** An empty store stamping {@code updatedAt} from this clock (a fixed one makes tests repeatable). */
    public InMemoryStore(Clock clock) {
        this.clock = Checks.required("clock", clock);
    }

    public Exercises exercises() {
        return exercises;
    }

    public Programs programs() {
        return programs;
    }

    public Transactions transactions() {
        return transactions;
    }

    Clock clock() {
        return clock;
    }

    /** Answers from the contents this thread sees: its unit of work's, else the published ones. */
    <T> T read(Function<Contents, T> query) {
        Unit unit = unitOfThisThread.get();
        return query.apply(unit == null ? published : unit.current());
    }

    /**
     * Applies one change, which checks everything before it changes anything. Inside a unit of
     * work it joins it; a refused change then spoils the unit, as a failed statement does a
     * database transaction. Outside, it is a unit of its own.
     */
    <T> T write(Function<Contents, T> change) {
        Unit unit = unitOfThisThread.get();
        if (unit != null) {
            try {
                return change.apply(unit.writable());
            } catch (RuntimeException refused) {
                unit.spoiled = true;
                throw refused;
            }
        }
        writing.lock();
        try {
            Contents next = published.copy();
            T result = change.apply(next);
            published = next;
            return result;
        } finally {
            writing.unlock();
        }
    }

    /** Runs work all or nothing; work started inside other work joins it. */
    <T> T inTransaction(Supplier<T> work) {
        Unit joined = unitOfThisThread.get();
        if (joined != null) {
            try {
                return work.get();
            } catch (RuntimeException | Error failure) {
                joined.spoiled = true;
                throw failure;
            }
        }
        writing.lock();
        Unit unit = new Unit(published);
        unitOfThisThread.set(unit);
        try {
            T result = work.get();
            if (unit.spoiled) {
                // The database adapter refuses to commit such work too: all or nothing, even when
                // the work caught the failure and carried on.
                throw new IllegalStateException("the unit of work was rolled back: a store call in it failed");
            }
            if (unit.changed != null) {
                published = unit.changed;
            }
            return result;
        } finally {
            unitOfThisThread.remove();
            writing.unlock();
        }
    }

    /**
     * Runs reads on one snapshot, the contents published when it starts; it takes no turn, so it
     * never waits for a writer. Work started inside another unit joins it.
     */
    <T> T reading(Supplier<T> work) {
        if (unitOfThisThread.get() != null) {
            return work.get();
        }
        unitOfThisThread.set(new Unit(published, true));
        try {
            return work.get();
        } finally {
            unitOfThisThread.remove();
        }
    }

    /** One unit of work: the contents it started from and, once it writes, its own copy. */
    private static final class Unit {
        private final Contents start;
        private final boolean readOnly;
        private Contents changed;
        private boolean spoiled;

        Unit(Contents start) {
            this(start, false);
        }

        Unit(Contents start, boolean readOnly) {
            this.start = start;
            this.readOnly = readOnly;
        }

        Contents current() {
            return changed == null ? start : changed;
        }

        Contents writable() {
            if (readOnly) {
                // As a database refuses a write in a read-only transaction.
                throw new IllegalStateException("a read-only unit of work cannot write");
            }
            if (changed == null) {
                changed = start.copy();
            }
            return changed;
        }
    }
}

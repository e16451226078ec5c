package dev.limber.api.cache;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Counts the writes made through this instance, for caches of reads that depend on more than one
 * kind of data: a program's findings read the program and its exercises, so a write of either
 * must retire them ({@link GenerationalCache} keyed by this count).
 */
@Singleton
public final class StoreWrites {
    private final AtomicLong count = new AtomicLong();

    /** The writes done so far: the generation of the data. */
    public long count() {
        return count.get();
    }

    /** Runs a write and counts it afterwards, whatever happened. */
    public <R> R count(Supplier<R> write) {
        try {
            return write.get();
        } finally {
            count.incrementAndGet();
        }
    }
}

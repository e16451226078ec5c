package dev.limber.domain.query;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.guard.Checks;

/**
 * Which page of a listing: zero-based page number, page size (1 to {@value #MAX_SIZE}), and
 * whether the total number of matches must be counted ({@link Total}).
 */
public record PageRequest(int page, int size, Total total) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /**
     * What a page says about the number of all matches. Counting them costs the store a second
     * query that reads every match (on PostgreSQL, the whole index of the filter), so a listing
     * asks for it only when it shows it.
     */
    public enum Total {
        /** The exact total, counted when the page alone does not show it. */
        EXACT,
        /** The total only when the page shows it for free (the last page); whether there is a next page always. */
        IF_FREE
    }

    public PageRequest {
        if (page < 0) {
            throw new InvalidValueException("page", page, "must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", size, "must be between 1 and " + MAX_SIZE);
        }
        Checks.required("total", total);
    }

    /** A page with its exact total. */
    public PageRequest(int page, int size) {
        this(page, size, Total.EXACT);
    }

    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }

    public boolean counted() {
        return total == Total.EXACT;
    }
}

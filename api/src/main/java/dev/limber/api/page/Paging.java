package dev.limber.api.page;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.query.PageRequest;

/**
 * Query parameters {@code page}, {@code size} and {@code total} to a page request (size 20 unless
 * given, at most 100; the total counted only with {@code total=exact}).
 */
public final class Paging {
    /** The one value of the {@code total} parameter. */
    public static final String EXACT = "exact";

    private Paging() {}

    /** Refuses a negative page, a size outside 1–100 or another total than {@code exact} with a 400 naming the parameter. */
    public static PageRequest of(Integer page, Integer size, String total) {
        PageRequest.Total counting;
        if (total == null || total.isBlank()) {
            counting = PageRequest.Total.IF_FREE;
        } else if (total.strip().equals(EXACT)) {
            counting = PageRequest.Total.EXACT;
        } else {
            throw new InvalidValueException("total", total, "must be " + EXACT + " (or left out)");
        }
        return new PageRequest(page == null ? 0 : page, size == null ? PageRequest.DEFAULT_SIZE : size, counting);
    }
}

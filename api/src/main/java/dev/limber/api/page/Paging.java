package dev.limber.api.page;

import dev.limber.domain.query.PageRequest;

/** Query parameters {@code page} and {@code size} to a page request (size 20 unless given, at most 100). */
public final class Paging {
    private Paging() {}

    /** Refuses a negative page or a size outside 1–100 with a 400 naming the parameter. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? PageRequest.DEFAULT_SIZE : size);
    }
}

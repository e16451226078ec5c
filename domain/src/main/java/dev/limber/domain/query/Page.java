package dev.limber.domain.query;

import dev.limber.domain.guard.Checks;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * One page of a sorted listing: its items, whether another page follows, and the total count of
 * matches when it is known (always when the request asked for {@link PageRequest.Total#EXACT}).
 */
public record Page<T>(List<T> items, PageRequest request, boolean hasNext, OptionalLong knownTotal) {
    public Page {
        items = List.copyOf(items);
        Checks.required("request", request);
        Checks.required("knownTotal", knownTotal);
        if (items.size() > request.size()) {
            throw new IllegalArgumentException(
                    "a page of " + request.size() + " cannot hold " + items.size() + " items");
        }
        if (knownTotal.isPresent()) {
            long end = request.offset() + items.size();
            // A page past the end is empty; any other page ends within the total.
            boolean fits = items.isEmpty() ? knownTotal.getAsLong() >= 0 : knownTotal.getAsLong() >= end;
            if (!fits || hasNext != end < knownTotal.getAsLong()) {
                throw new IllegalArgumentException("a total of " + knownTotal.getAsLong() + " does not fit page "
                        + request.page() + " with " + items.size() + " items" + (hasNext ? " and more" : ""));
            }
        }
    }

    /** A page with the total count of matches. */
    public Page(List<T> items, PageRequest request, long total) {
        this(items, request, request.offset() + items.size() < total, OptionalLong.of(total));
    }

    /**
     * A page from the rows a store read with one more than the page holds: that one only says
     * there is a next page ({@link #uncounted}).
     */
    public static <T> Page<T> fromProbe(List<T> rows, PageRequest request) {
        boolean hasNext = rows.size() > request.size();
        return uncounted(hasNext ? rows.subList(0, request.size()) : rows, request, hasNext);
    }

    /**
     * A page read without counting: the total is known when no page follows and this one is not
     * past the end (it has items, or it is the first page).
     */
    public static <T> Page<T> uncounted(List<T> items, PageRequest request, boolean hasNext) {
        OptionalLong total = !hasNext && (!items.isEmpty() || request.page() == 0)
                ? OptionalLong.of(request.offset() + items.size())
                : OptionalLong.empty();
        return new Page<>(items, request, hasNext, total);
    }

    /** This page with the total count of matches, counted separately. */
    public Page<T> withTotal(long total) {
        return new Page<>(items, request, total);
    }

    /** The total count of matches; only for a page that knows it ({@link #knownTotal}). */
    public long total() {
        return knownTotal.orElseThrow(() -> new IllegalStateException("this page was read without counting its total"));
    }

    /** How many pages the matches fill, when the total is known. */
    public OptionalLong knownTotalPages() {
        return knownTotal.isEmpty()
                ? OptionalLong.empty()
                : OptionalLong.of((knownTotal.getAsLong() + request.size() - 1) / request.size());
    }

    /** How many pages the matches fill; only for a page that knows its total. */
    public long totalPages() {
        return (total() + request.size() - 1) / request.size();
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), request, hasNext, knownTotal);
    }
}

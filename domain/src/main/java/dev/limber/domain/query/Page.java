package dev.limber.domain.query;

import java.util.List;
import java.util.function.Function;

/** One page of a sorted listing with the total count of matches. */
public record Page<T>(List<T> items, PageRequest request, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return (total + request.size() - 1) / request.size();
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), request, total);
    }
}

package dev.limber.api.page;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.limber.domain.query.Page;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing as the API shows it: the items, the zero-based page number, the page
 * size, how many match in all, and how many pages that makes.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageView<T>(List<T> items, int page, int size, long total, long totalPages) {

    public static <D, T> PageView<T> of(Page<D> page, Function<D, T> view) {
        return new PageView<>(
                page.items().stream().map(view).toList(),
                page.request().page(),
                page.request().size(),
                page.total(),
                page.totalPages());
    }
}

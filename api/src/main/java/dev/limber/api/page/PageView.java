package dev.limber.api.page;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.limber.domain.query.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing as the API shows it: the items, the zero-based page number, the page
 * size, whether another page follows, and, when known, how many match in all and how many pages
 * that makes. The total is known when the client asked for it ({@code total=exact}) or the page
 * shows it for free (the last page); otherwise both totals are left out, because counting every
 * match costs the database a query of its own on every page.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageView<T>(
        List<T> items,
        int page,
        int size,

        @Schema(description = "Whether another page follows.")
        boolean hasNext,

        @Schema(
                description = "How many match in all: present when asked for with `total=exact`, or on the"
                        + " last page; absent otherwise.",
                nullable = true)
        @Nullable
        Long total,

        @Schema(description = "How many pages the matches fill: present when `total` is.", nullable = true) @Nullable
        Long totalPages) {

    public static <D, T> PageView<T> of(Page<D> page, Function<D, T> view) {
        return new PageView<>(
                page.items().stream().map(view).toList(),
                page.request().page(),
                page.request().size(),
                page.hasNext(),
                page.knownTotal().isPresent() ? page.knownTotal().getAsLong() : null,
                page.knownTotalPages().isPresent() ? page.knownTotalPages().getAsLong() : null);
    }
}

package dev.limber.api.page;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.limber.domain.query.Page;
import jakarta.inject.Singleton;
import java.util.function.Function;

/**
 * The view of a page, made once per page object: a cached page is answered many times within
 * its time-to-live, and the same view object lets {@code ConditionalGets} reuse the bytes and the
 * ETag it encoded for it instead of encoding and hashing twenty items on every request. Keys are
 * compared by identity and held weakly, so a page the read cache dropped is forgotten here too;
 * a page is immutable, so its view never goes stale.
 */
@Singleton
public final class PageViews {
    private final Cache<Page<?>, PageView<?>> views =
            Caffeine.newBuilder().weakKeys().maximumSize(1_000).build();

    /** The view of this page object, the same object each time it is asked for. */
    @SuppressWarnings("unchecked")
    public <D, T> PageView<T> of(Page<D> page, Function<D, T> view) {
        return (PageView<T>) views.get(page, key -> PageView.of(page, view));
    }
}

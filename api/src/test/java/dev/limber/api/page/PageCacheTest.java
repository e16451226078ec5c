package dev.limber.api.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.query.Page;
import dev.limber.domain.query.PageRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The page cache the program list uses (the catalog's is the same class, with a race test of its
 * own): a list that read before a write is never answered after the write, and a cache with no
 * time-to-live reads every time.
 */
class PageCacheTest {
    private static final PageRequest FIRST = new PageRequest(0, 20, PageRequest.Total.IF_FREE);
    private static final Page<String> OLD = Page.uncounted(List.of("before"), FIRST, false);
    private static final Page<String> NEW = Page.uncounted(List.of("after"), FIRST, false);

    @Test
    void aPageReadDuringAWriteIsNotAnsweredAfterIt() throws Exception {
        PageCache<String, String> cache = new PageCache<>(Duration.ofMinutes(1), 10, null, "test");
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Page<String>> read = CompletableFuture.supplyAsync(
                () -> cache.page("all", query -> {
                    loading.countDown();
                    await(written);
                    return OLD;
                }),
                threads);
        assertTrue(loading.await(5, TimeUnit.SECONDS));
        CompletableFuture<String> write = CompletableFuture.supplyAsync(
                () -> cache.forgetAfter(() -> {
                    written.countDown();
                    return "saved";
                }),
                threads);
        assertSame(OLD, read.get(5, TimeUnit.SECONDS), "the read that began first answers what it read");
        assertEquals("saved", write.get(5, TimeUnit.SECONDS));
        threads.shutdown();
        assertTrue(cache.fresh("all").isEmpty(), "the page read before the write is not fresh after it");
        assertSame(NEW, cache.page("all", query -> NEW));
        assertSame(NEW, cache.fresh("all").orElseThrow(), "and the page read after it is kept");
    }

    @Test
    void withoutATimeToLiveEveryListReadsTheStore() {
        PageCache<String, String> off = new PageCache<>(Duration.ZERO, 10, null, "test");
        assertSame(OLD, off.page("all", query -> OLD));
        assertTrue(off.fresh("all").isEmpty());
        assertSame(NEW, off.page("all", query -> NEW));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

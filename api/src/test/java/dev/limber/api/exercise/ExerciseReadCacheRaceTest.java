package dev.limber.api.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.Stored;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.Page;
import dev.limber.domain.query.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A read that loaded the old copy before a write must not put it back after the write forgot
 * it: else every reader sees the old exercise for a whole time-to-live after a successful PUT.
 */
class ExerciseReadCacheRaceTest {
    private static final ExerciseId PLANK = BuiltInCatalog.PLANK.id();
    private static final Stored<Exercise> OLD = new Stored<>(BuiltInCatalog.PLANK, 1, Instant.EPOCH);
    private static final Stored<Exercise> NEW = new Stored<>(
            BuiltInCatalog.PLANK.toBuilder().equipment("changed by a PUT").build(), 2, Instant.EPOCH);

    @Test
    void aReadInFlightDuringAWriteDoesNotPutTheOldCopyBack() throws Exception {
        ExerciseReadCache cache =
                new ExerciseReadCache(Duration.ofMinutes(1), 100, 100, null, new dev.limber.api.cache.StoreWrites());
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        // A thread each: the common pool may have a single worker on a small machine, and the
        // read blocks it until the write comes.
        ExecutorService threads = Executors.newFixedThreadPool(2);

        // A GET that read the old row, and is slow to hand it to the cache.
        CompletableFuture<Stored<Exercise>> read = CompletableFuture.supplyAsync(
                () -> cache.get(PLANK, id -> {
                    loading.countDown();
                    await(written);
                    return OLD;
                }),
                threads);
        assertTrue(loading.await(5, TimeUnit.SECONDS));

        // A PUT commits the new row and forgets the cached copy meanwhile.
        CompletableFuture<Stored<Exercise>> write = CompletableFuture.supplyAsync(
                () -> cache.forgetAfter(PLANK, () -> {
                    written.countDown();
                    return NEW;
                }),
                threads);
        assertEquals(OLD, read.get(5, TimeUnit.SECONDS), "the read that began first answers what it read");
        assertEquals(NEW, write.get(5, TimeUnit.SECONDS));

        threads.shutdown();
        assertEquals(NEW, cache.get(PLANK, id -> NEW), "the next read goes to the store, not to the old copy");
    }

    @Test
    void aPageReadInFlightDuringAWriteIsNotAnsweredAfterTheWrite() throws Exception {
        ExerciseReadCache cache =
                new ExerciseReadCache(Duration.ofMinutes(1), 100, 100, null, new dev.limber.api.cache.StoreWrites());
        ExerciseQuery query = new ExerciseQuery(null, null, "plank", new PageRequest(1, 20));
        Page<Exercise> oldPage = new Page<>(java.util.List.of(OLD.value()), query.page(), 21);
        Page<Exercise> newPage = new Page<>(java.util.List.of(NEW.value()), query.page(), 21);
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);

        // A list that read the old rows, and is slow to hand its page to the cache.
        CompletableFuture<Page<Exercise>> read = CompletableFuture.supplyAsync(
                () -> cache.page(query, q -> {
                    loading.countDown();
                    await(written);
                    return oldPage;
                }),
                threads);
        assertTrue(loading.await(5, TimeUnit.SECONDS));

        // A PUT of another exercise's row would change the page as much: any write starts anew.
        CompletableFuture<Stored<Exercise>> write = CompletableFuture.supplyAsync(
                () -> cache.forgetAfter(ExerciseId.of("any-exercise"), () -> {
                    written.countDown();
                    return NEW;
                }),
                threads);
        assertEquals(oldPage, read.get(5, TimeUnit.SECONDS), "the read that began first answers what it read");
        write.get(5, TimeUnit.SECONDS);

        threads.shutdown();
        assertTrue(cache.freshPage(query).isEmpty(), "the old page is not fresh after the write");
        assertEquals(newPage, cache.page(query, q -> newPage), "the next list goes to the store");
    }

    @Test
    void aMissIsNotCached() {
        ExerciseReadCache cache =
                new ExerciseReadCache(Duration.ofMinutes(1), 100, 100, null, new dev.limber.api.cache.StoreWrites());
        ExerciseId unknown = ExerciseId.of("not-yet-stored");
        try {
            cache.get(unknown, id -> {
                throw new dev.limber.domain.port.NotFoundException("exercise", id);
            });
        } catch (dev.limber.domain.port.NotFoundException expected) {
            // the store said no
        }
        assertTrue(cache.fresh(unknown).isEmpty());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the write never came");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}

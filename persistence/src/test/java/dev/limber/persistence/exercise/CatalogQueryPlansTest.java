package dev.limber.persistence.exercise;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.PageRequest;
import dev.limber.persistence.TestDatabases;
import dev.limber.persistence.transaction.Jdbc;
import io.micronaut.context.ApplicationContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * At 100,000 exercises every catalog page query is served by an index on PostgreSQL: the plans of
 * the exact statement the adapter sends ({@link ExerciseSearch#page}) never read the exercise
 * table whole. (What a user notices: the
 * catalog stays fast as it grows. Plans, not timings, so the check is stable on a noisy machine.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogQueryPlansTest {
    private static final int EXERCISES = 100_000;
    private static final Pattern FULL_SCAN = Pattern.compile("Seq Scan on exercise(?!_)");
    private Map<String, Object> database;
    private ApplicationContext context;

    @BeforeAll
    void load() {
        database = TestDatabases.postgres();
        Map<String, Object> properties = new HashMap<>(database);
        context = ApplicationContext.run(properties);
        Target[] targets = Target.values();
        ExerciseKind[] kinds = ExerciseKind.values();
        List<Exercise> exercises = new ArrayList<>(EXERCISES);
        for (int i = 0; i < EXERCISES; i++) {
            exercises.add(Exercise.builder(String.format("move-%06d", i), String.format("Move %06d", i))
                    .kind(kinds[i % kinds.length])
                    .primary(targets[i % targets.length])
                    .secondary(targets[(i + 5) % targets.length])
                    .cues("Cue " + i)
                    .aliases("Alias " + i)
                    // Issue 14: every tenth move is a variation of the one before its ten.
                    .variationOf(i % 10 == 0 || i < 10 ? null : String.format("move-%06d", i - i % 10))
                    .build());
        }
        context.getBean(Exercises.class).addAll(exercises);
        context.getBean(Jdbc.class)
                .write(connection -> connection.createStatement().execute("ANALYZE"));
    }

    @AfterAll
    void drop() {
        if (context != null) {
            context.close();
        }
        if (database != null) {
            TestDatabases.cleanUp(database);
        }
    }

    /** The plan of the page statement the adapter sends for a search, with the values it binds. */
    private String plan(ExerciseQuery query) {
        ExerciseSearch.Statement page = ExerciseSearch.page(query);
        return context.getBean(Jdbc.class).read(connection -> {
            try (PreparedStatement explain =
                            new ExerciseSearch.Statement("EXPLAIN " + page.sql(), page.values()).prepare(connection);
                    ResultSet result = explain.executeQuery()) {
                StringBuilder plan = new StringBuilder();
                while (result.next()) {
                    plan.append(result.getString(1)).append('\n');
                }
                return plan.toString();
            }
        });
    }

    private void assertIndexBacked(ExerciseQuery query) {
        String plan = plan(query);
        assertFalse(FULL_SCAN.matcher(plan).find(), "full scan of exercise for " + query + ":\n" + plan);
    }

    @Test
    void theFirstPageSortedByNameUsesTheNameIndex() {
        assertIndexBacked(ExerciseQuery.all(PageRequest.first()));
    }

    @Test
    void aDeepPageUsesAnIndex() {
        assertIndexBacked(ExerciseQuery.all(new PageRequest(400, 100)));
    }

    @Test
    void filteringByKindUsesAnIndex() {
        assertIndexBacked(new ExerciseQuery(ExerciseKind.STATIC_STRETCH, null, null, PageRequest.first()));
    }

    @Test
    void filteringByTargetUsesAnIndex() {
        assertIndexBacked(new ExerciseQuery(null, Target.HAMSTRINGS, null, PageRequest.first()));
    }

    @Test
    void filteringByAnAreaWithFinerPartsUsesAnIndex() {
        // shoulders matches front-delts, side-delts and rear-delts too: four names in one IN list.
        assertIndexBacked(new ExerciseQuery(null, Target.SHOULDERS, null, PageRequest.first()));
    }

    @Test
    void searchingByNameUsesAnIndex() {
        assertIndexBacked(new ExerciseQuery(null, null, "move 0421", PageRequest.first()));
    }

    /** Issue 14: the text is looked for in the aliases too (V9's trigram index of them). */
    @Test
    void searchingByAnAliasUsesAnIndex() {
        assertIndexBacked(new ExerciseQuery(null, null, "alias 04217", PageRequest.first()));
        assertIndexBacked(new ExerciseQuery(ExerciseKind.DYNAMIC, null, "alias 01", new PageRequest(40, 100)));
    }

    @Test
    void listingTheVariationsOfAnExerciseUsesAnIndex() {
        assertIndexBacked(ExerciseQuery.all(PageRequest.first())
                .variationsOf(dev.limber.domain.exercise.ExerciseId.of("move-000420")));
    }

    @Test
    void allFiltersTogetherUseAnIndex() {
        assertIndexBacked(new ExerciseQuery(ExerciseKind.DYNAMIC, Target.GLUTES, "move 01", PageRequest.first()));
    }
}

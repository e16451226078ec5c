package dev.limber.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.program.Program;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ids are unique within a catalog. Ids in ascending order are taken as unique by comparing
 * neighbours; any other order is checked against every id, so a repeat is refused wherever it is
 * and named the same way in both cases.
 */
class CatalogTest {
    private static final List<Exercise> BY_ID = BuiltInCatalog.catalog().exercises().stream()
            .sorted(Comparator.comparing(Exercise::id))
            .toList();

    private static Exercise exercise(int index) {
        return BY_ID.get(index);
    }

    @Test
    void takesExercisesInAnyOrderAndKeepsThatOrder() {
        List<Exercise> reversed = new ArrayList<>(BY_ID);
        Collections.reverse(reversed);
        assertEquals(BY_ID, new Catalog(BY_ID, List.of()).exercises());
        assertEquals(reversed, new Catalog(reversed, List.of()).exercises());
    }

    @Test
    void refusesARepeatNextToItselfInIdOrder() {
        assertRefused("exercises", exercise(1), List.of(exercise(0), exercise(1), exercise(1), exercise(2)));
    }

    @Test
    void refusesARepeatAfterAnAscendingRun() {
        assertRefused("exercises", exercise(1), List.of(exercise(0), exercise(1), exercise(2), exercise(1)));
    }

    @Test
    void refusesARepeatApartInAnyOrder() {
        assertRefused("exercises", exercise(0), List.of(exercise(2), exercise(0), exercise(1), exercise(0)));
    }

    @Test
    void namesTheFirstIdSeenTwiceInTheCatalogsOrder() {
        // The second 0 comes before the second 2: 0 is named, not the smallest or first-listed id.
        assertRefused(
                "exercises", exercise(0), List.of(exercise(2), exercise(0), exercise(3), exercise(0), exercise(2)));
    }

    @Test
    void refusesARepeatedProgram() {
        Program program = BuiltInCatalog.catalog().programs().get(0);
        InvalidValueException refused =
                assertThrows(InvalidValueException.class, () -> new Catalog(List.of(), List.of(program, program)));
        assertEquals("programs must not repeat an id (was \"" + program.id().value() + "\")", refused.getMessage());
    }

    private static void assertRefused(String field, Exercise repeated, List<Exercise> exercises) {
        InvalidValueException refused =
                assertThrows(InvalidValueException.class, () -> new Catalog(exercises, List.of()));
        String id = repeated.id().value();
        assertEquals(field + " must not repeat an id (was \"" + id + "\")", refused.getMessage());
        assertEquals(field, refused.field());
        assertEquals(id, refused.value());
    }
}

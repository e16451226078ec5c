package dev.limber.formats.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.warmup.Budget;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WarmUpTextTest {

    @Test
    void aBudgetOfOneLengthIsSaidOnce() {
        assertEquals("5 min", WarmUpText.budget(Budget.between(Duration.ofMinutes(5), Duration.ofMinutes(5))));
        assertEquals("5 min to 10 min", WarmUpText.budget(Budget.standard()));
    }

    @Test
    void aBudgetOutsideTheArticlesHabitIsAllowedButSaidSo() {
        assertTrue(WarmUpText.habitNote(Budget.standard()).isEmpty());
        assertTrue(WarmUpText.habitNote(Budget.between(Duration.ofMinutes(6), Duration.ofMinutes(8)))
                .isEmpty());
        assertEquals(
                "The budget 15 min to 20 min is outside the article's 5 to 10 minutes: that is the author's habit,"
                        + " not a limit; well-studied warm-ups such as FIFA 11+ take about 20 minutes.",
                WarmUpText.habitNote(Budget.between(Duration.ofMinutes(15), Duration.ofMinutes(20)))
                        .orElseThrow());
        assertTrue(WarmUpText.habitNote(Budget.between(Duration.ofMinutes(2), Duration.ofMinutes(3)))
                .isPresent());
    }

    @Test
    void aSessionThatLoadsNothingIsNamed() {
        assertEquals(
                "session 'Leg day warm-up' of quick-leg-day-warm-up loads nothing in a main phase (no strength,"
                        + " isometric, plyometric, cardio or dynamic work), so there is nothing to warm up for; name the areas"
                        + " instead",
                WarmUpText.nothingToWarmUp(
                        BuiltInCatalog.QUICK_LEG_DAY_WARM_UP,
                        BuiltInCatalog.QUICK_LEG_DAY_WARM_UP.sessions().get(0)));
    }
}

package dev.limber.domain.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestIdsTest {
    private static final List<String> IDS = List.of(
            "quick-leg-day-warm-up",
            "pain-free-leg-day",
            "desk-break",
            "plank",
            "plank-2",
            "glute-bridge",
            "leg-swings");

    @Test
    void anIdThatStartsAStoredOneSuggestsIt() {
        assertEquals(List.of("quick-leg-day-warm-up"), NearestIds.among("quick-leg-day", IDS));
    }

    @Test
    void aTypoOrAPluralSuggestsTheStoredIdNearestFirst() {
        assertEquals(List.of("glute-bridge"), NearestIds.among("glute-brigde", IDS));
        assertEquals(List.of("plank", "plank-2"), NearestIds.among("planks", IDS));
        assertEquals(List.of("desk-break"), NearestIds.among("desk-brake", IDS));
    }

    @Test
    void nothingNearSuggestsNothingAndAtMostThreeAreNamed() {
        assertEquals(List.of(), NearestIds.among("burpee", IDS));
        assertEquals(List.of(), NearestIds.among("xy", IDS), "a short id is not a part of many");
        assertEquals(3, NearestIds.among("leg", IDS).size());
    }

    @Test
    void editsCountInsertionsDeletionsAndSubstitutionsAndStopPastTheLimit() {
        assertEquals(2, NearestIds.edits("glute-brigde", "glute-bridge", 4));
        assertEquals(1, NearestIds.edits("plank", "planks", 4));
        assertEquals(3, NearestIds.edits("abcdefgh", "zzzzzzzz", 2), "gives up at limit + 1");
    }
}

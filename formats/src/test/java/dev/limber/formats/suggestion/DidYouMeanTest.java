package dev.limber.formats.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.domain.port.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void anUnknownIdIsFollowedByTheNearestOnes() {
        assertEquals(
                "no program with id quick-leg-day; did you mean quick-leg-day-warm-up?",
                DidYouMean.detail(new NotFoundException("program", "quick-leg-day", List.of("quick-leg-day-warm-up"))));
        assertEquals("; did you mean plank or plank-2?", DidYouMean.suffix(List.of("plank", "plank-2")));
        assertEquals("; did you mean a, b or c?", DidYouMean.suffix(List.of("a", "b", "c")));
    }

    @Test
    void nothingNearAddsNothing() {
        assertEquals("no exercise with id burpee", DidYouMean.detail(new NotFoundException("exercise", "burpee")));
    }
}

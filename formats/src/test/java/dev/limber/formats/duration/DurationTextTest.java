package dev.limber.formats.duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one duration grammar that documents, CLI options and query parameters share. */
class DurationTextTest {

    @Test
    void compactAndIsoFormsReadTheSameDuration() {
        assertEquals(Duration.ofSeconds(90), DurationText.parse("1m30s"));
        assertEquals(Duration.ofSeconds(90), DurationText.parse("90s"));
        assertEquals(Duration.ofSeconds(90), DurationText.parse("PT1M30S"));
        assertEquals(Duration.ofMinutes(65), DurationText.parse("1h5m"));
        assertEquals(Duration.ZERO, DurationText.parse("0s"));
        assertEquals(Duration.ofMinutes(45), DurationText.parse("  45m "));
    }

    @Test
    void caseDoesNotMatter() {
        assertEquals(Duration.ofMinutes(45), DurationText.parse("45M"));
        assertEquals(Duration.ofMinutes(45), DurationText.parse("pt45m"));
        assertEquals(Duration.ofHours(1), DurationText.parse("1H"));
    }

    @Test
    void numbersUpToSevenDigitsAreRead() {
        assertEquals(Duration.ofSeconds(9_999_999), DurationText.parse("9999999s"));
        assertEquals(Duration.ofHours(9_999_999), DurationText.parse("9999999h"));
        assertThrows(NotADurationException.class, () -> DurationText.parse("10000000s"));
    }

    @Test
    void textThatIsNoDurationIsRefusedWithTheGrammarsExamples() {
        for (String bad : List.of("30", "1 minute", "30s1m", "", "soon", "PT", "1.5m", "PT1M-30S")) {
            NotADurationException refused = assertThrows(NotADurationException.class, () -> DurationText.parse(bad));
            assertEquals(
                    "is not a duration: '" + bad + "'; write it like 30s, 1m, 1m30s, 2h or ISO-8601 PT30S",
                    refused.getMessage());
        }
    }

    @Test
    void negativeDurationsAreRefusedAsNegative() {
        for (String bad : List.of("-30s", "-PT30S", "PT-30S")) {
            NotADurationException refused = assertThrows(NotADurationException.class, () -> DurationText.parse(bad));
            assertEquals(
                    "is negative: '" + bad + "'; durations are positive, write it like 30s, 1m, 1m30s, 2h"
                            + " or ISO-8601 PT30S",
                    refused.getMessage());
        }
    }

    @Test
    void theValueFirstWordingLeadsWithTheValue() {
        NotADurationException refused = assertThrows(NotADurationException.class, () -> DurationText.parse("45"));
        assertEquals(
                "'45' is not a duration; write it like 30s, 1m, 1m30s, 2h or ISO-8601 PT30S", refused.valueFirst());
    }

    @Test
    void theWriterUsesTheCompactFormAndReadsBack() {
        assertEquals("30s", DurationText.write(Duration.ofSeconds(30)));
        assertEquals("1m", DurationText.write(Duration.ofMinutes(1)));
        assertEquals("1m30s", DurationText.write(Duration.ofSeconds(90)));
        assertEquals("1h5m", DurationText.write(Duration.ofMinutes(65)));
        assertEquals("2h1s", DurationText.write(Duration.ofSeconds(7201)));
        assertEquals("0s", DurationText.write(Duration.ZERO));
        assertEquals("PT0.5S", DurationText.write(Duration.ofMillis(500)));
        for (long seconds = 0; seconds < 4 * 3600; seconds += 37) {
            Duration duration = Duration.ofSeconds(seconds);
            assertEquals(duration, DurationText.parse(DurationText.write(duration)));
        }
        assertEquals(Duration.ofMillis(1500), DurationText.parse(DurationText.write(Duration.ofMillis(1500))));
    }
}

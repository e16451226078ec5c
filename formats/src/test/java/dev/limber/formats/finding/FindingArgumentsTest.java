package dev.limber.formats.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.rules.Phrase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingArgumentsTest {

    @Test
    void argumentsBecomeIdsDurationsAsDocumentsWriteThemAndNestedFragments() {
        Phrase held = Phrase.of(
                "static-stretch-before-training.held", "held", Duration.ofSeconds(90), "target", Target.LOWER_BACK);
        Map<String, Object> plain = FindingArguments.plain(Map.of("held", List.of(held)));
        assertEquals(
                Map.of(
                        "held",
                        List.of(Map.of(
                                "key",
                                "static-stretch-before-training.held",
                                "arguments",
                                Map.of("held", "1m30s", "target", "lower-back")))),
                plain);
        assertEquals(
                Map.of("exercise", "back-squat", "count", 3),
                FindingArguments.plain(Map.of("exercise", ExerciseId.of("back-squat"), "count", 3)));
    }
}

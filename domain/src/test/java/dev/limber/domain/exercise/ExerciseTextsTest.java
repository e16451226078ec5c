package dev.limber.domain.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the texts of real catalogs: a description apart from the cues, aliases, level,
 * mechanic and force, a source's author and URL, and exercises with no muscle focus.
 */
class ExerciseTextsTest {

    private static Exercise.Builder running() {
        return Exercise.builder("running", "Running").kind(ExerciseKind.CARDIO);
    }

    private static ModelField refusedField(Runnable build) {
        InvalidValueException refused = assertThrows(InvalidValueException.class, build::run);
        return refused.modelField().orElseThrow();
    }

    @Test
    void anExerciseWithNoMuscleFocusIsExpressible() {
        Exercise running = running().build();
        assertEquals(List.of(), running.primary());
        assertFalse(running.hasFocus());
        assertEquals(List.of(), running.targets());
    }

    @Test
    void aSecondaryTargetIsStillAllowedWithoutAPrimaryOne() {
        Exercise carry = Exercise.builder("farmers-walk", "Farmer's Walk")
                .kind(ExerciseKind.STRENGTH)
                .secondary(Target.FOREARMS, Target.TRAPS)
                .build();
        assertTrue(carry.works(Target.FOREARMS));
        assertFalse(carry.hasFocus());
    }

    @Test
    void theNewTextsAreKeptStrippedAndTheEnumsParse() {
        Exercise squat = Exercise.builder("squat", "Squat")
                .primary(Target.QUADRICEPS)
                .cues("Knees out")
                .description("  Stand with feet shoulder-width apart.\nSit back and down.  ")
                .aliases(" Back Squat ", "High-bar squat")
                .level(Level.parse("intermediate"))
                .mechanic(Mechanic.parse("compound"))
                .force(Force.parse("push"))
                .source(new Source("wger", "123", "CC-BY-SA 4", "Jane Doe", "https://wger.de/exercise/123"))
                .build();
        assertEquals("Stand with feet shoulder-width apart.\nSit back and down.", squat.description());
        assertEquals(List.of("Knees out"), squat.cues());
        assertEquals(List.of("Back Squat", "High-bar squat"), squat.aliases());
        assertEquals(Level.INTERMEDIATE, squat.level());
        assertEquals(Mechanic.COMPOUND, squat.mechanic());
        assertEquals(Force.PUSH, squat.force());
        assertEquals("Jane Doe", squat.source().author());
        assertEquals("https://wger.de/exercise/123", squat.source().url());
        assertEquals(squat, squat.toBuilder().build());
    }

    @Test
    void theNewFieldsAreOptional() {
        Exercise plain = running().build();
        assertNull(plain.description());
        assertEquals(List.of(), plain.aliases());
        assertNull(plain.level());
        assertNull(plain.mechanic());
        assertNull(plain.force());
        assertNull(plain.source().author());
        assertNull(plain.source().url());
        assertNull(running().description("   ").build().description());
    }

    @Test
    void anUnknownLevelMechanicOrForceIsRefusedNamingTheAllowedValues() {
        InvalidValueException level = assertThrows(InvalidValueException.class, () -> Level.parse("advanced"));
        assertTrue(level.getMessage().contains("beginner, intermediate, expert"), level.getMessage());
        InvalidValueException mechanic = assertThrows(InvalidValueException.class, () -> Mechanic.parse("both"));
        assertTrue(mechanic.getMessage().contains("compound, isolation"), mechanic.getMessage());
        InvalidValueException force = assertThrows(InvalidValueException.class, () -> Force.parse("hold"));
        assertTrue(force.getMessage().contains("push, pull, static"), force.getMessage());
    }

    @Test
    void eachNewTextHasALimit() {
        String description = "a".repeat(Limits.EXERCISE_DESCRIPTION);
        assertEquals(description, running().description(description).build().description());
        assertEquals(
                ModelField.EXERCISE_DESCRIPTION,
                refusedField(() -> running().description(description + "a").build()));

        List<String> aliases = Collections.nCopies(Limits.ALIASES, "a".repeat(Limits.NAME));
        assertEquals(aliases, running().aliases(aliases).build().aliases());
        assertEquals(
                ModelField.EXERCISE_ALIASES,
                refusedField(() -> running()
                        .aliases(Collections.nCopies(Limits.ALIASES + 1, "a"))
                        .build()));
        assertEquals(
                ModelField.EXERCISE_ALIASES,
                refusedField(
                        () -> running().aliases("a".repeat(Limits.NAME + 1)).build()));

        String author = "a".repeat(Limits.SOURCE_AUTHOR);
        assertEquals(author, new Source("o", null, "l", author, null).author());
        assertEquals(ModelField.SOURCE_AUTHOR, refusedField(() -> new Source("o", null, "l", author + "a", null)));

        String url = "https://example.org/" + "a".repeat(Limits.SOURCE_URL - "https://example.org/".length());
        assertEquals(url, new Source("o", null, "l", null, url).url());
        assertEquals(ModelField.SOURCE_URL, refusedField(() -> new Source("o", null, "l", null, url + "a")));
    }

    @Test
    void anAliasIsOneLineAndNotBlank() {
        InvalidValueException twoLines = assertThrows(
                InvalidValueException.class,
                () -> running().aliases("Jog", "Road\nrun").build());
        assertEquals(ModelField.EXERCISE_ALIASES, twoLines.modelField().orElseThrow());
        assertEquals(1, twoLines.index().orElseThrow());
        assertEquals(
                ModelField.EXERCISE_ALIASES,
                refusedField(() -> running().aliases(" ").build()));
    }

    @Test
    void aSourceUrlMustBeHttpOrHttps() {
        assertEquals("http://example.org", new Source("o", null, "l", null, "http://example.org").url());
        for (String bad :
                List.of("ftp://example.org/x", "javascript:alert(1)", "example.org/x", "https://", "http://a b")) {
            InvalidValueException refused =
                    assertThrows(InvalidValueException.class, () -> new Source("o", null, "l", null, bad), bad);
            assertEquals(ModelField.SOURCE_URL, refused.modelField().orElseThrow());
            assertTrue(refused.getMessage().contains("http or https URL"), refused.getMessage());
        }
    }
}

package dev.limber.domain.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.limber.domain.InvalidValueException;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The words, field and index of an exercise's refusals, whatever way the checks are made: a slug
 * is checked by hand, not by a regular expression, and a list item is named only when refused.
 */
class ExerciseRefusalWordingTest {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String SLUG_PROBLEM =
            "must be a lowercase slug like leg-swings (a-z, 0-9, single hyphens, at most 100 characters)";

    private static Exercise.Builder plank() {
        return Exercise.builder("plank", "Plank").primary(Target.ABDOMINALS);
    }

    private static InvalidValueException refused(Exercise.Builder builder) {
        return assertThrows(InvalidValueException.class, builder::build);
    }

    @Provide
    Arbitrary<String> slugLike() {
        return Arbitraries.strings().withChars("ab09-_A .").ofMinLength(0).ofMaxLength(8);
    }

    @Property
    void anIdIsTakenExactlyWhenItIsALowercaseSlug(@ForAll("slugLike") String id) {
        if (SLUG.matcher(id).matches()) {
            assertEquals(id, ExerciseId.of(id).value());
        } else {
            InvalidValueException refused = assertThrows(InvalidValueException.class, () -> ExerciseId.of(id));
            assertEquals("id", refused.field());
            assertEquals(id, refused.value());
        }
    }

    @Test
    void aBadIdIsWordedTheSameWhateverIsWrongWithIt() {
        for (String id : new String[] {"", "-a", "a-", "a--b", "A", "a_b", "a b", "ä", "a".repeat(101)}) {
            InvalidValueException refused = assertThrows(InvalidValueException.class, () -> ExerciseId.of(id), id);
            assertEquals(new InvalidValueException("id", id, SLUG_PROBLEM).getMessage(), refused.getMessage());
        }
        assertEquals("a".repeat(100), ExerciseId.of("a".repeat(100)).value());
        assertEquals("a-1-b2", ExerciseId.of("a-1-b2").value());
        assertEquals(
                new InvalidValueException("id", null, SLUG_PROBLEM).getMessage(),
                assertThrows(InvalidValueException.class, () -> ExerciseId.of(null))
                        .getMessage());
    }

    @Test
    void aRefusedCueOrAliasIsNamedWithItsIndex() {
        InvalidValueException blank = refused(plank().cues("Brace", " "));
        assertEquals("cues[1]", blank.field());
        assertEquals(OptionalInt.of(1), blank.index());
        assertEquals("cues[1] must not be blank (was \" \")", blank.getMessage());

        InvalidValueException tooLong = refused(plank().cues("Brace", "x".repeat(2001)));
        assertEquals("cues[1]", tooLong.field());

        InvalidValueException control = refused(plank().aliases("Front plank", "Side\nplank"));
        assertEquals(
                "aliases[1] must not contain control characters, line breaks included (found U+000A at character 5)"
                        + " (was \"Side\\nplank\")",
                control.getMessage());

        InvalidValueException surrogate = refused(plank().variations("ok", " broken \ud800 "));
        assertEquals("variations[1]", surrogate.field());
        assertEquals(
                "variations[1] must be valid Unicode (found an unpaired surrogate U+D800 at character 8)"
                        + " (was \"broken \\uD800\")",
                surrogate.getMessage());

        // The first item at fault is reported, blank or not.
        assertEquals("cues[0]", refused(plank().cues("x\u0000", " ")).field());
    }

    @Test
    void aTargetNamedTwiceIsRefusedWithTheWholeList() {
        InvalidValueException twice = refused(plank().primary(Target.ABDOMINALS, Target.GLUTES, Target.ABDOMINALS));
        assertEquals("primary", twice.field());
        assertEquals(java.util.List.of(Target.ABDOMINALS, Target.GLUTES, Target.ABDOMINALS), twice.value());
        assertEquals(
                "secondary",
                refused(plank().secondary(Target.GLUTES, Target.GLUTES)).field());
        assertEquals("secondary", refused(plank().secondary(Target.ABDOMINALS)).field());
    }
}

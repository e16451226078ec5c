package dev.limber.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.timing.Timing;
import dev.limber.domain.usecase.ValidateProgram;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each built-in program against every default rule. All pass with no finding at all: the
 * warm-ups are the article's 5 min 30 s, reach every loaded area and hold nothing static; every
 * lower-body session ends with hamstring stretches; the full program has core and glute work.
 */
class BuiltInProgramFindingsTest {
    private final ValidateProgram validate =
            new ValidateProgram(ExerciseLookup.builtIn(), Guidelines.defaults(), Timing.standard());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "quick-leg-day-warm-up",
                "leg-day-cool-down",
                "core-and-glute-strength",
                "desk-break",
                "pain-free-leg-day",
                "leg-day-with-loads",
                "squat-linear-4-weeks",
                "leg-curl-double-progression",
                "squat-531-wave"
            })
    void builtInProgramHasNoFindings(String id) {
        Program program = BuiltInCatalog.catalog().program(ProgramId.of(id)).orElseThrow();
        ValidationReport report = validate.validate(program);
        assertEquals(List.of(), report.findings());
        assertTrue(report.passes());
    }
}

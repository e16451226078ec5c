package dev.limber.domain.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.domain.card.CardLine;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.program.Program;
import dev.limber.domain.rules.Finding;
import dev.limber.domain.timeline.TimelineOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Checking and printing a program over any lookup, as the CLI does with a document: its own
 * exercises, then the built-in ones, and the last source (the database) asked only for the rest.
 */
class LookupUseCasesTest {
    private static final Program LEG_DAY = BuiltInCatalog.PAIN_FREE_LEG_DAY;

    /** The last source, remembering every id it was asked for. */
    private static final class Asked implements ExerciseLookup {
        final List<ExerciseId> ids = new ArrayList<>();

        @Override
        public Optional<Exercise> find(ExerciseId id) {
            ids.add(id);
            return Optional.empty();
        }

        @Override
        public ExerciseLookup prefetch(Collection<ExerciseId> asked) {
            ids.addAll(asked);
            return this;
        }
    }

    @Test
    void aProgramOfBuiltInExercisesIsCheckedPrintedAndTimedWithoutAskingTheLastSource() {
        Asked database = new Asked();
        LookupUseCases useCases = LookupUseCases.over(ExerciseLookup.of(Catalog.empty())
                .orElse(ExerciseLookup.builtIn())
                .orElse(database));

        List<Finding> findings = useCases.validateProgram().validate(LEG_DAY).findings();
        useCases.routineCards().of(LEG_DAY);
        useCases.buildTimeline().of(LEG_DAY.sessions().get(0), TimelineOptions.none());

        assertFalse(findings.stream().anyMatch(f -> f.ruleId().equals("unknown-exercise")), findings.toString());
        assertEquals(List.of(), database.ids, "the database is asked nothing");
    }

    @Test
    void anExerciseNoEarlierSourceHoldsIsAskedOfTheLastAndUnknownThere() {
        Asked database = new Asked();
        Exercise squat =
                BuiltInCatalog.catalog().exercise(ExerciseId.of("back-squat")).orElseThrow();
        LookupUseCases useCases =
                LookupUseCases.over(ExerciseLookup.of(List.of(squat)).orElse(database));

        List<Finding> findings = useCases.validateProgram().validate(LEG_DAY).findings();

        assertFalse(database.ids.contains(squat.id()), "found in the first source: " + database.ids);
        assertTrue(database.ids.contains(ExerciseId.of("deadlift")), database.ids.toString());
        assertTrue(
                findings.stream().anyMatch(f -> f.message().equals("unknown exercise deadlift")), findings.toString());
        List<String> names = useCases.routineCards().of(LEG_DAY).lines().stream()
                .filter(CardLine.StepLine.class::isInstance)
                .map(line -> ((CardLine.StepLine) line).name())
                .toList();
        assertTrue(names.contains(squat.name()), names.toString());
    }
}

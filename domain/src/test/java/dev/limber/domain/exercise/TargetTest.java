package dev.limber.domain.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finer targets and the coarser areas they are part of (docs/document-format.md, "Targets"). */
class TargetTest {
    @Test
    void aFinerTargetKnowsItsCoarserArea() {
        assertEquals(Target.CALVES, Target.SOLEUS.area());
        assertEquals(Target.SHOULDERS, Target.FRONT_DELTS.area());
        assertEquals(Target.SHOULDERS, Target.REAR_DELTS.area());
        assertEquals(Target.CHEST, Target.SERRATUS_ANTERIOR.area());
        assertEquals(Target.BICEPS, Target.BRACHIALIS.area());
        assertEquals(Target.CALVES, Target.ANKLES.area());
        assertEquals(Target.FOREARMS, Target.WRISTS.area());
        assertEquals(Target.QUADRICEPS, Target.KNEES.area());
        assertTrue(Target.SOLEUS.isPartOf(Target.CALVES));
        assertFalse(Target.CALVES.isPartOf(Target.SOLEUS));
        assertFalse(Target.SOLEUS.isPartOf(Target.HAMSTRINGS));
    }

    @Test
    void anAreaIsItsOwnAreaAndListsItsParts() {
        assertEquals(Target.HAMSTRINGS, Target.HAMSTRINGS.area());
        assertTrue(Target.HAMSTRINGS.isPartOf(Target.HAMSTRINGS));
        assertEquals(EnumSet.of(Target.FRONT_DELTS, Target.SIDE_DELTS, Target.REAR_DELTS), Target.SHOULDERS.parts());
        assertEquals(EnumSet.of(Target.SOLEUS, Target.ANKLES), Target.CALVES.parts());
        assertEquals(EnumSet.noneOf(Target.class), Target.SOLEUS.parts());
    }

    @Test
    void theVocabularyHasTwentyTwoAreasAndNoChainsOfParts() {
        assertEquals(22, Target.areas().size());
        for (Target target : Target.values()) {
            assertTrue(target.area().isArea(), target + " is part of a finer target");
        }
    }

    @Test
    void finerTargetsAreNamedInDocumentsByTheirExternalNames() {
        assertEquals(Target.FRONT_DELTS, Target.parse("front-delts"));
        assertEquals(Target.SERRATUS_ANTERIOR, Target.parse("serratus-anterior"));
        assertEquals("side-delts", Target.SIDE_DELTS.externalName());
    }

    @Test
    void anExerciseForTheSoleusWorksTheCalvesButACalfExerciseNeedNotWorkTheSoleus() {
        Exercise seatedCalfRaise = Exercise.builder("seated-calf-raise", "Seated Calf Raise")
                .kind(ExerciseKind.STRENGTH)
                .primary(Target.SOLEUS)
                .build();
        Exercise standingCalfRaise = Exercise.builder("standing-calf-raise", "Standing Calf Raise")
                .kind(ExerciseKind.STRENGTH)
                .primary(Target.CALVES)
                .secondary(List.of(Target.ANKLES))
                .build();
        assertTrue(seatedCalfRaise.works(Target.CALVES));
        assertTrue(seatedCalfRaise.works(Target.SOLEUS));
        assertFalse(standingCalfRaise.works(Target.SOLEUS));
        assertTrue(standingCalfRaise.works(Target.ANKLES));
    }
}

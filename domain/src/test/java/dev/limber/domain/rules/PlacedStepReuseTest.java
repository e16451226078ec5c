package dev.limber.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PlacedStep#in(Session)} hands the same steps to each rule that asks for the session it
 * placed last: whatever was asked before, each session's answer is what placing it afresh gives.
 */
class PlacedStepReuseTest {
    @Test
    void eachSessionGetsItsOwnStepsWhateverWasAskedBefore() {
        List<Session> sessions = new ArrayList<>();
        for (Program program : BuiltInCatalog.catalog().programs()) {
            sessions.addAll(program.sessions());
        }
        List<List<PlacedStep>> first = new ArrayList<>();
        for (Session session : sessions) {
            first.add(PlacedStep.in(session));
        }
        for (int round = 0; round < 2; round++) {
            for (int i = sessions.size() - 1; i >= 0; i--) {
                assertEquals(first.get(i), PlacedStep.in(sessions.get(i)));
                assertEquals(first.get(i), PlacedStep.in(sessions.get(i)), "asked twice in a row");
            }
        }
        assertNotEquals(PlacedStep.in(sessions.get(0)), PlacedStep.in(sessions.get(sessions.size() - 1)));
    }
}

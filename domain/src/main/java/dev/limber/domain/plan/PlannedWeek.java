package dev.limber.domain.plan;

import dev.limber.domain.load.Plates;
import dev.limber.domain.load.WeightUnit;
import dev.limber.domain.program.ProgramId;
import java.util.List;

/**
 * The concrete sessions of one week of a program.
 *
 * @param program  the program's id
 * @param name     the program's name
 * @param week     the week planned, 1 is the first
 * @param weeks    how many weeks the program runs
 * @param unit     the unit of every load in it
 * @param plates   the bar and plates loads were rounded to
 * @param sessions the sessions planned (one when a session was asked for)
 */
public record PlannedWeek(
        ProgramId program,
        String name,
        int week,
        int weeks,
        WeightUnit unit,
        Plates plates,
        List<PlannedSession> sessions) {
    public PlannedWeek {
        sessions = List.copyOf(sessions);
    }
}

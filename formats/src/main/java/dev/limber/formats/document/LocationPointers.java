package dev.limber.formats.document;

import dev.limber.domain.program.Program;
import dev.limber.domain.rules.Location;
import dev.limber.domain.usecase.MisfitStepsException;
import dev.limber.domain.usecase.UnknownVariationOfException;

/**
 * The one place a domain {@link Location} becomes a JSON pointer into a Limber document: a
 * finding's place ({@code /programs/0/sessions/1/phases/0/steps/2/exercise}) and an import
 * problem's field. {@link Problem#place()} then words it as {@code file:line:col}.
 */
public final class LocationPointers {
    private LocationPointers() {}

    /**
     * A finding's place in the {@code programIndex}-th program of a catalog, as deep as the rule
     * could say; a step that names an exercise points at its {@code exercise} field.
     */
    public static String ofFinding(int programIndex, Program program, Location location) {
        String pointer = "/programs/" + programIndex + inProgram(program, location);
        return location.step() != null && location.exercise() != null ? pointer + "/exercise" : pointer;
    }

    /**
     * Where an import problem is: below {@code /programs/N} when the program came in a catalog,
     * else relative to the program's own document (a request body).
     */
    public static String of(MisfitStepsException.Problem problem) {
        String program = problem.catalogIndex().isPresent()
                ? "/programs/" + problem.catalogIndex().getAsInt()
                : "";
        return program + inProgram(problem.program(), problem.location()) + DocumentPaths.path(problem.field());
    }

    /**
     * Where a dangling {@code variationOf} is: below {@code /exercises/N} when the exercise came in
     * a catalog, else relative to the exercise's own document (a request body).
     */
    public static String of(UnknownVariationOfException.Link link) {
        String exercise = link.catalogIndex().isPresent()
                ? "/exercises/" + link.catalogIndex().getAsInt()
                : "";
        return exercise + DocumentPaths.path(dev.limber.domain.ModelField.EXERCISE_VARIATION_OF);
    }

    /** The location below the program's object; empty for the program as a whole or a session it lacks. */
    static String inProgram(Program program, Location location) {
        StringBuilder pointer = new StringBuilder();
        if (location.session() == null) {
            return "";
        }
        int session = -1;
        for (int s = 0; s < program.sessions().size(); s++) {
            if (program.sessions().get(s).name().equals(location.session())) {
                session = s;
                break;
            }
        }
        if (session < 0) {
            return "";
        }
        pointer.append("/sessions/").append(session);
        if (location.phaseIndex() == null) {
            return pointer.toString();
        }
        pointer.append("/phases/").append(location.phaseIndex());
        if (location.step() == null) {
            return pointer.toString();
        }
        pointer.append("/steps/").append(location.step());
        if (location.circuitStep() != null) {
            pointer.append("/steps/").append(location.circuitStep());
        }
        return pointer.toString();
    }
}

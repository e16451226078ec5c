package dev.limber.domain.query;

import dev.limber.domain.Limits;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.guard.Checks;
import java.util.Optional;

/**
 * A filter over the exercise catalog, sorted by name: by kind, by an area worked (primary or
 * secondary; an area matches exercises naming one of its finer parts too, {@link
 * dev.limber.domain.exercise.Exercise#works}), by a case-insensitive part of the name or of an
 * alias, and by the exercise they are a variation of. Absent filters match everything.
 */
public record ExerciseQuery(ExerciseKind kind, Target target, String text, PageRequest page, ExerciseId variationOf) {
    public ExerciseQuery {
        text = searchText("text", text);
        Checks.required("page", page);
    }

    /** A query of no variation link (every filter but {@code variationOf}). */
    public ExerciseQuery(ExerciseKind kind, Target target, String text, PageRequest page) {
        this(kind, target, text, page, null);
    }

    /** This query narrowed to the variations of {@code parent} ({@code null}: any exercise). */
    public ExerciseQuery variationsOf(ExerciseId parent) {
        return new ExerciseQuery(kind, target, text, page, parent);
    }

    /** Only the exercises that name this one as what they are a variation of. */
    public Optional<ExerciseId> variationOfFilter() {
        return Optional.ofNullable(variationOf);
    }

    /**
     * The text a search looks for, or {@code null} for none: stripped, on one line, at most
     * {@link Limits#SEARCH_TEXT} characters, refused naming {@code parameter} (the service's
     * {@code q}) otherwise.
     */
    public static String searchText(String parameter, String text) {
        return text == null || text.isBlank() ? null : Checks.line(parameter, text, Limits.SEARCH_TEXT);
    }

    public static ExerciseQuery all(PageRequest page) {
        return new ExerciseQuery(null, null, null, page);
    }

    public Optional<ExerciseKind> kindFilter() {
        return Optional.ofNullable(kind);
    }

    public Optional<Target> targetFilter() {
        return Optional.ofNullable(target);
    }

    public Optional<String> textFilter() {
        return Optional.ofNullable(text);
    }
}

package dev.limber.domain.usecase;

import dev.limber.domain.DomainException;
import dev.limber.domain.exercise.ExerciseId;
import java.util.List;
import java.util.OptionalInt;

/**
 * Exercises refused, by an import or a save, before anything was written, because their
 * {@code variationOf} names an exercise that is neither in what is written nor stored; with every
 * such link, each placed by the exercise's position in the imported catalog (empty for an
 * exercise saved on its own), for adapters to turn into a pointer or a file, line and column.
 */
public final class UnknownVariationOfException extends DomainException {
    private static final long serialVersionUID = 1L;

    /**
     * One dangling link.
     *
     * @param catalogIndex the exercise's position in the imported catalog; empty for one saved alone
     * @param exercise     the exercise whose link dangles
     * @param missing      the id it links to, which nothing holds
     */
    public record Link(OptionalInt catalogIndex, ExerciseId exercise, ExerciseId missing) {
        /** What is wrong, for people. */
        public String message() {
            return "variationOf names unknown exercise " + missing + " (neither imported nor stored)";
        }
    }

    private final transient List<Link> links;

    public UnknownVariationOfException(List<Link> links) {
        super(links.size() + " unknown variationOf link(s), the first of exercise "
                + links.get(0).exercise() + ": " + links.get(0).message());
        this.links = List.copyOf(links);
    }

    public List<Link> links() {
        return links;
    }
}

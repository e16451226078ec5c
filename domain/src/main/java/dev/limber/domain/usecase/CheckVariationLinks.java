package dev.limber.domain.usecase;

import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.guard.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checking that every {@code variationOf} of a catalog names an exercise that exists: in the
 * catalog itself, else wherever it is looked up (the store for an import; the built-in catalog and
 * then the store for a document checked by {@code validate}). What lies outside the catalog is
 * asked once, for the ids the catalog does not hold, so a catalog that links only within itself
 * never reaches a store.
 */
public final class CheckVariationLinks {
    private final Function<Set<ExerciseId>, Set<ExerciseId>> existing;

    /** @param existing which of the ids asked for exist outside the catalog */
    CheckVariationLinks(Function<Set<ExerciseId>, Set<ExerciseId>> existing) {
        this.existing = Checks.required("existing", existing);
    }

    /** Outside the catalog, the exercises {@code lookup} finds. */
    public static CheckVariationLinks over(ExerciseLookup lookup) {
        Checks.required("lookup", lookup);
        return new CheckVariationLinks(ids -> {
            ExerciseLookup ready = lookup.prefetch(ids);
            return ids.stream().filter(id -> ready.find(id).isPresent()).collect(Collectors.toSet());
        });
    }

    /**
     * @throws UnknownVariationOfException with every dangling link, each placed by the exercise's
     *     position in the catalog
     */
    public void check(Catalog catalog) {
        Set<ExerciseId> inCatalog = new HashSet<>();
        catalog.exercises().forEach(exercise -> inCatalog.add(exercise.id()));
        Set<ExerciseId> elsewhere = new HashSet<>();
        for (Exercise exercise : catalog.exercises()) {
            exercise.variationOfId()
                    .filter(parent -> !inCatalog.contains(parent))
                    .ifPresent(elsewhere::add);
        }
        if (elsewhere.isEmpty()) {
            return;
        }
        Set<ExerciseId> found = existing.apply(elsewhere);
        List<UnknownVariationOfException.Link> dangling = new ArrayList<>();
        for (int i = 0; i < catalog.exercises().size(); i++) {
            Exercise exercise = catalog.exercises().get(i);
            int at = i;
            exercise.variationOfId()
                    .filter(parent -> !inCatalog.contains(parent) && !found.contains(parent))
                    .ifPresent(parent -> dangling.add(
                            new UnknownVariationOfException.Link(OptionalInt.of(at), exercise.id(), parent)));
        }
        if (!dangling.isEmpty()) {
            throw new UnknownVariationOfException(dangling);
        }
    }
}

package dev.limber.persistence.exercise;

import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.query.ExerciseQuery;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;

/**
 * The ids of one catalog page, sent as the repository's query for exactly the filters it has, one of eight:
 * each filter sets one bit of the combination.
 */
final class ExerciseSearch {
    private ExerciseSearch() {}

    static Page<String> run(ExerciseRepository exercises, ExerciseQuery query) {
        Pageable page = Pageable.from(query.page().page(), query.page().size());
        String kind = query.kindFilter().map(ExerciseKind::externalName).orElse(null);
        String target = query.targetFilter().map(Target::externalName).orElse(null);
        String name = query.textFilter().map(ExerciseSearch::containing).orElse(null);
        int filters = (kind == null ? 0 : 1) | (target == null ? 0 : 2) | (name == null ? 0 : 4);
        return switch (filters) {
            case 0 -> exercises.findIdOrderByNameKeyAndId(page);
            case 1 -> exercises.findIdByKindOrderByNameKeyAndId(kind, page);
            case 2 -> exercises.findTargeting(target, page);
            case 3 -> exercises.findByKindTargeting(kind, target, page);
            case 4 -> exercises.findIdByNameKeyLikeOrderByNameKeyAndId(name, page);
            case 5 -> exercises.findIdByKindAndNameKeyLikeOrderByNameKeyAndId(kind, name, page);
            case 6 -> exercises.findNamedTargeting(name, target, page);
            case 7 -> exercises.findByKindNamedTargeting(kind, name, target, page);
            default -> throw new IllegalStateException("three filters make eight combinations, not " + filters);
        };
    }

    /**
     * The LIKE pattern of names containing the text, taken literally: LIKE's wildcards in it are
     * escaped with a backslash, the default escape of both PostgreSQL and H2.
     */
    static String containing(String text) {
        String literal = ExerciseRow.nameKey(text)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + literal + "%";
    }
}

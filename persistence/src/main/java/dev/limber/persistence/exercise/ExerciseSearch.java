package dev.limber.persistence.exercise;

import dev.limber.domain.query.ExerciseQuery;
import dev.limber.persistence.exercise.ExerciseListRows.TargetRow;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.QuerySpecification;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;

/**
 * One catalog search as Micronaut Data criteria: only the filters the query has, sorted by the
 * lower-cased name then id (the {@code (name_key, id)} index), one page. Each combination of
 * filters becomes its own SQL, so PostgreSQL plans it with the index that serves it: the
 * trigram index for the name, {@code exercise_target (target, exercise_id)} for a target.
 */
final class ExerciseSearch {
    private static final Sort BY_NAME = Sort.of(Sort.Order.asc("nameKey"), Sort.Order.asc("id"));

    private ExerciseSearch() {
    }

    static Pageable page(ExerciseQuery query) {
        return Pageable.from(query.page().page(), query.page().size(), BY_NAME);
    }

    static QuerySpecification<ExerciseRow> of(ExerciseQuery query) {
        return (root, criteria, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            query.kindFilter().ifPresent(kind -> predicates.add(builder.equal(root.get("kind"), kind.externalName())));
            query.targetFilter().ifPresent(target -> {
                Subquery<String> targeted = criteria.subquery(String.class);
                Root<TargetRow> row = targeted.from(TargetRow.class);
                targeted.select(row.get("id").get("exerciseId"))
                        .where(builder.equal(row.get("target"), target.externalName()));
                predicates.add(root.get("id").in(targeted));
            });
            query.textFilter().ifPresent(text -> predicates.add(builder.like(root.get("nameKey"),
                    "%" + likeEscaped(ExerciseRow.nameKey(text)) + "%", '!')));
            return predicates.isEmpty() ? null : builder.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** The search text taken literally: LIKE's wildcards in it are escaped. */
    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}

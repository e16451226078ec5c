package dev.limber.persistence.exercise;

import dev.limber.domain.query.ExerciseQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one catalog search: a count and a page of ids, sorted by name, with the query's
 * filters. Kept apart so that a test can EXPLAIN exactly what the adapter sends.
 */
record ExerciseSearchSql(String count, String page, List<Object> parameters) {

    static ExerciseSearchSql of(ExerciseQuery query) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        query.kindFilter().ifPresent(kind -> {
            where.append(" AND e.kind = ?");
            parameters.add(kind.externalName());
        });
        query.targetFilter().ifPresent(target -> {
            where.append(" AND EXISTS (SELECT 1 FROM exercise_target t WHERE t.exercise_id = e.id AND t.target = ?)");
            parameters.add(target.externalName());
        });
        query.textFilter().ifPresent(text -> {
            where.append(" AND e.name_key LIKE ? ESCAPE '!'");
            parameters.add("%" + likeEscaped(ExerciseRows.nameKey(text)) + "%");
        });
        return new ExerciseSearchSql(
                "SELECT COUNT(*) FROM exercise e" + where,
                "SELECT e.id FROM exercise e" + where + " ORDER BY e.name_key, e.id LIMIT ? OFFSET ?",
                parameters);
    }

    /** The page query's parameters: the filters', then limit and offset. */
    List<Object> pageParameters(ExerciseQuery query) {
        List<Object> all = new ArrayList<>(parameters);
        all.add(query.page().size());
        all.add(query.page().offset());
        return all;
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}

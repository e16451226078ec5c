package dev.limber.domain.usecase;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.port.Stored;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.NearestIds;
import dev.limber.domain.query.Page;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Looks exercises up: one by id, several at once, or a filtered page of the catalog. */
public final class FindExercise {
    private final Exercises exercises;

    public FindExercise(Exercises exercises) {
        this.exercises = Checks.required("exercises", exercises);
    }

    /**
     * The exercise with that id; {@link NotFoundException} naming the nearest stored ids when
     * there is none.
     */
    public Stored<Exercise> byId(ExerciseId id) {
        return find(id).orElseThrow(() -> new NotFoundException(
                "exercise",
                id,
                NearestIds.among(
                        id.value(), ids().stream().map(ExerciseId::value).toList())));
    }

    /** Every stored exercise's id, in id order. */
    public List<ExerciseId> ids() {
        return exercises.ids();
    }

    /** The exercise with that id, if one is stored. */
    public Optional<Stored<Exercise>> find(ExerciseId id) {
        return exercises.find(Checks.required("id", id));
    }

    /** The stored exercises among these ids, read in one go; missing ids are left out. */
    public Map<ExerciseId, Exercise> all(Collection<ExerciseId> ids) {
        return exercises.findAll(Checks.required("ids", ids));
    }

    public Page<Exercise> matching(ExerciseQuery query) {
        return exercises.search(Checks.required("query", query));
    }
}

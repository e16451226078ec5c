package dev.limber.persistence.exercise;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Force;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Level;
import dev.limber.domain.exercise.Mechanic;
import dev.limber.domain.exercise.Media;
import dev.limber.domain.exercise.MediaKind;
import dev.limber.domain.exercise.Source;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Stored;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.Page;
import dev.limber.persistence.exercise.ExerciseListRows.MediaRow;
import dev.limber.persistence.exercise.ExerciseListRows.TargetRow;
import dev.limber.persistence.exercise.ExerciseListRows.TextRow;
import dev.limber.persistence.transaction.Jdbc;
import dev.limber.persistence.transaction.RowsByKey;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The {@link Exercises} port on Micronaut Data JDBC repositories. Each call runs in the caller's
 * transaction when there is one, else in its own ({@link Jdbc}, which also waits for the store
 * to be ready and translates failures); the row's {@code @Version} guards updates so that
 * concurrent writers, even in two service instances, never overwrite each other silently. An
 * exercise is one {@code exercise} row and its ordered targets and texts, assembled here.
 */
@Singleton
final class JdbcExercises implements Exercises {
    /** Keeps IN lists well below PostgreSQL's limit of 32,767 bound parameters. */
    private static final int CHUNK = RowsByKey.MAX_KEYS;

    private final Jdbc jdbc;
    private final ExerciseRepository exercises;
    private final ExerciseTargetRepository targets;
    private final ExerciseTextRepository texts;
    private final ExerciseMediaRepository media;

    JdbcExercises(
            Jdbc jdbc,
            ExerciseRepository exercises,
            ExerciseTargetRepository targets,
            ExerciseTextRepository texts,
            ExerciseMediaRepository media) {
        this.jdbc = jdbc;
        this.exercises = exercises;
        this.targets = targets;
        this.texts = texts;
        this.media = media;
    }

    @Override
    public Optional<Stored<Exercise>> find(ExerciseId id) {
        return jdbc.read(connection -> {
            Optional<ExerciseRow> row = exercises.findById(id.value());
            return row.isEmpty()
                    ? Optional.empty()
                    : Optional.of(withLists(connection, List.of(row.get())).get(0));
        });
    }

    @Override
    public Stored<Exercise> save(Exercise exercise, ExpectedVersion expected) {
        return jdbc.write(() -> {
            String id = exercise.id().value();
            Optional<ExerciseRow.Replaced> stored = exercises.findReplaced(id);
            OptionalLong base = expected.judgeSave(
                    "exercise",
                    id,
                    stored.map(ExerciseRow.Replaced::storedVersion).orElse(null));
            if (base.isEmpty()) {
                ExerciseRow inserted = exercises.save(ExerciseRow.of(exercise));
                insertLists(exercise);
                return new Stored<>(
                        exercise, inserted.storedVersion(), inserted.updatedAt().toInstant());
            }
            ExerciseRow updated;
            try {
                updated = exercises.update(ExerciseRow.replacing(stored.get(), exercise));
            } catch (OptimisticLockException changedMeanwhile) {
                throw staleNow(id, base.getAsLong());
            }
            // Only lists that hold rows are cleared: most exercises have no texts or media.
            if (stored.get().hasTargets()) {
                targets.deleteByIdExerciseId(id);
            }
            if (stored.get().hasTexts()) {
                texts.deleteByIdExerciseId(id);
            }
            if (stored.get().hasMedia()) {
                media.deleteByIdExerciseId(id);
            }
            insertLists(exercise);
            return new Stored<>(
                    exercise, updated.storedVersion(), updated.updatedAt().toInstant());
        });
    }

    /**
     * The bulk path, written by hand where measurements said so (docs/benchmarks.md, "Bulk import"):
     * PostgreSQL's COPY ({@link ExerciseCopyInsert}), else JDBC batches ({@link ExerciseBatchInsert}),
     * both faster through the CLI than {@code saveAll}.
     */
    @Override
    public void addAll(List<Exercise> exercises) {
        ListRows lists = ListRows.of(exercises);
        List<ExerciseRow> rows = exercises.stream().map(ExerciseRow::of).toList();
        jdbc.write(connection -> {
            if (ExerciseCopyInsert.supports(connection)) {
                ExerciseCopyInsert.insert(connection, rows, lists.targets(), lists.texts(), lists.media());
            } else {
                ExerciseBatchInsert.insert(connection, rows, lists.targets(), lists.texts(), lists.media());
            }
            return null;
        });
    }

    @Override
    public boolean delete(ExerciseId id, ExpectedVersion expected) {
        return jdbc.write(() -> {
            Optional<ExerciseRow> stored = exercises.findById(id.value());
            if (!expected.judgeDelete(
                    "exercise", id, stored.map(ExerciseRow::storedVersion).orElse(null))) {
                return false;
            }
            List<String> users = exercises.findProgramsUsing(id.value());
            if (!users.isEmpty()) {
                throw new ConflictException(
                        ConflictException.Reason.IN_USE,
                        "exercise " + id + " is used by " + String.join(", ", users),
                        users);
            }
            List<String> variations = exercises.findVariationsOf(id.value());
            if (!variations.isEmpty()) {
                throw ConflictException.hasVariations(id, variations);
            }
            if (expected.exact().isEmpty()) {
                exercises.deleteById(id.value());
                return true;
            }
            try {
                exercises.delete(stored.get()); // its targets and texts go with it (ON DELETE CASCADE)
            } catch (OptimisticLockException changedMeanwhile) {
                throw staleNow(id.value(), stored.get().storedVersion());
            }
            return true;
        });
    }

    @Override
    public Page<Exercise> search(ExerciseQuery query) {
        return jdbc.read(connection -> {
            List<Exercise> rows = new ArrayList<>(query.page().size() + 1);
            for (ExerciseSearch.PageRow row : ExerciseSearch.rows(connection, query)) {
                rows.add(exercise(
                        row.row(),
                        row.primary().stream().map(Target::parse).toList(),
                        row.secondary().stream().map(Target::parse).toList(),
                        row.cues(),
                        row.variations(),
                        row.aliases(),
                        row.equipment(),
                        row.media()));
            }
            Page<Exercise> page = Page.fromProbe(rows, query.page());
            return query.page().counted() && page.knownTotal().isEmpty()
                    ? page.withTotal(ExerciseSearch.total(connection, query))
                    : page;
        });
    }

    @Override
    public Map<ExerciseId, Exercise> findAll(Collection<ExerciseId> ids) {
        return jdbc.read(connection -> {
            List<String> all = ids.stream().map(ExerciseId::value).distinct().toList();
            Map<String, Exercise> byId = new HashMap<>();
            for (List<String> chunk : chunks(all)) {
                assembled(connection, chunk)
                        .forEach(stored -> byId.put(stored.value().id().value(), stored.value()));
            }
            Map<ExerciseId, Exercise> found = new LinkedHashMap<>();
            for (String id : all) {
                Exercise exercise = byId.get(id);
                if (exercise != null) {
                    found.put(exercise.id(), exercise);
                }
            }
            return found;
        });
    }

    @Override
    public List<Exercise> ofKinds(Set<ExerciseKind> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<String> names =
                kinds.stream().map(ExerciseKind::externalName).sorted().toList();
        return jdbc.read(connection -> {
            List<String> ids = exercises.findIdByKindInOrderById(names);
            List<Exercise> found = new ArrayList<>(ids.size());
            for (List<String> chunk : chunks(ids)) {
                assembled(connection, chunk).forEach(stored -> found.add(stored.value()));
            }
            return found;
        });
    }

    @Override
    public Set<ExerciseId> existing(Collection<ExerciseId> ids) {
        return jdbc.read(() -> {
            List<String> all = ids.stream().map(ExerciseId::value).distinct().toList();
            Set<ExerciseId> found = new HashSet<>();
            for (List<String> chunk : chunks(all)) {
                exercises.findIdByIdIn(chunk).forEach(id -> found.add(ExerciseId.of(id)));
            }
            return found;
        });
    }

    @Override
    public long count() {
        return jdbc.read(() -> exercises.count());
    }

    @Override
    public List<ExerciseId> ids() {
        return jdbc.read(() -> exercises.allIds().stream().map(ExerciseId::of).toList());
    }

    /** Writes the targets and texts of a new or replaced exercise. */
    private void insertLists(Exercise exercise) {
        ListRows lists = ListRows.of(List.of(exercise));
        if (!lists.targets().isEmpty()) {
            targets.saveAll(lists.targets());
        }
        if (!lists.texts().isEmpty()) {
            texts.saveAll(lists.texts());
        }
        if (!lists.media().isEmpty()) {
            media.saveAll(lists.media());
        }
    }

    /** The list rows of some exercises: their targets, texts and media, each list numbered from 0. */
    private record ListRows(List<TargetRow> targets, List<TextRow> texts, List<MediaRow> media) {
        static ListRows of(List<Exercise> exercises) {
            ListRows rows = new ListRows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (Exercise exercise : exercises) {
                String id = exercise.id().value();
                rows.addTargets(id, ExerciseListRows.PRIMARY, exercise.primary());
                rows.addTargets(id, ExerciseListRows.SECONDARY, exercise.secondary());
                rows.addTexts(id, ExerciseListRows.CUE, exercise.cues());
                rows.addTexts(id, ExerciseListRows.VARIATION, exercise.variations());
                rows.addTexts(id, ExerciseListRows.ALIAS, exercise.aliases());
                rows.addTexts(
                        id, ExerciseListRows.EQUIPMENT, exercise.equipment().items());
                List<Media> media = exercise.media();
                for (int i = 0; i < media.size(); i++) {
                    Media m = media.get(i);
                    rows.media.add(
                            new MediaRow(id, i, m.kind().externalName(), m.reference(), m.license(), m.author()));
                }
            }
            return rows;
        }

        private void addTargets(String id, String role, List<Target> values) {
            for (int i = 0; i < values.size(); i++) {
                targets.add(new TargetRow(id, role, i, values.get(i).externalName()));
            }
        }

        private void addTexts(String id, String list, List<String> values) {
            for (int i = 0; i < values.size(); i++) {
                texts.add(new TextRow(id, list, i, values.get(i)));
            }
        }
    }

    /**
     * Whole exercises for the ids given (at most {@link RowsByKey#MAX_KEYS}), in their order, leaving
     * out ids with no row: four statements, read by position ({@link RowsByKey} says why).
     */
    private static List<Stored<Exercise>> assembled(Connection connection, List<String> ids) throws SQLException {
        Map<String, ExerciseRow> byId = new HashMap<>();
        for (ExerciseRow row : RowsByKey.of(connection, ExerciseRow.SELECT_BY_IDS, ids, ExerciseRow::read)) {
            byId.put(row.id(), row);
        }
        List<ExerciseRow> rows = new ArrayList<>(byId.size());
        for (String id : ids) {
            ExerciseRow row = byId.get(id);
            if (row != null) {
                rows.add(row);
            }
        }
        return withLists(connection, rows);
    }

    /** Whole exercises for the rows given, in their order: their targets, texts and media in three statements. */
    private static List<Stored<Exercise>> withLists(Connection connection, List<ExerciseRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(ExerciseRow::id).toList();
        List<TargetRow> targetRows = RowsByKey.of(
                connection,
                "SELECT exercise_id, role, position, target FROM exercise_target WHERE exercise_id IN (?)"
                        + " ORDER BY exercise_id, role, position",
                ids,
                row -> new TargetRow(row.getString(1), row.getString(2), row.getInt(3), row.getString(4)));
        Map<String, List<TargetRow>> targetsOf = new HashMap<>();
        for (TargetRow row : targetRows) {
            targetsOf
                    .computeIfAbsent(row.id().exerciseId(), id -> new ArrayList<>())
                    .add(row);
        }
        List<TextRow> textRows = RowsByKey.of(
                connection,
                "SELECT exercise_id, list, position, content FROM exercise_text WHERE exercise_id IN (?)"
                        + " ORDER BY exercise_id, list, position",
                ids,
                row -> new TextRow(row.getString(1), row.getString(2), row.getInt(3), row.getString(4)));
        Map<String, List<TextRow>> textsOf = new HashMap<>();
        for (TextRow row : textRows) {
            textsOf.computeIfAbsent(row.id().exerciseId(), id -> new ArrayList<>())
                    .add(row);
        }
        List<MediaRow> mediaRows = RowsByKey.of(
                connection,
                "SELECT exercise_id, position, kind, reference, license, author FROM exercise_media"
                        + " WHERE exercise_id IN (?) ORDER BY exercise_id, position",
                ids,
                row -> new MediaRow(
                        row.getString(1),
                        row.getInt(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6)));
        Map<String, List<MediaRow>> mediaOf = new HashMap<>();
        for (MediaRow row : mediaRows) {
            mediaOf.computeIfAbsent(row.id().exerciseId(), id -> new ArrayList<>())
                    .add(row);
        }
        List<Stored<Exercise>> assembled = new ArrayList<>(rows.size());
        for (ExerciseRow row : rows) {
            List<Target> primary = new ArrayList<>();
            List<Target> secondary = new ArrayList<>();
            for (TargetRow target : targetsOf.getOrDefault(row.id(), List.of())) {
                (ExerciseListRows.PRIMARY.equals(target.id().role()) ? primary : secondary)
                        .add(Target.parse(target.target()));
            }
            List<String> cues = new ArrayList<>();
            List<String> variations = new ArrayList<>();
            List<String> aliases = new ArrayList<>();
            List<String> equipment = new ArrayList<>();
            for (TextRow text : textsOf.getOrDefault(row.id(), List.of())) {
                switch (text.id().list()) {
                    case ExerciseListRows.CUE -> cues.add(text.content());
                    case ExerciseListRows.ALIAS -> aliases.add(text.content());
                    case ExerciseListRows.EQUIPMENT -> equipment.add(text.content());
                    default -> variations.add(text.content());
                }
            }
            Exercise exercise = exercise(
                    row,
                    primary,
                    secondary,
                    cues,
                    variations,
                    aliases,
                    equipment,
                    mediaOf.getOrDefault(row.id(), List.of()));
            assembled.add(
                    new Stored<>(exercise, row.storedVersion(), row.updatedAt().toInstant()));
        }
        return assembled;
    }

    /** The exercise of a row and its lists. */
    private static Exercise exercise(
            ExerciseRow row,
            List<Target> primary,
            List<Target> secondary,
            List<String> cues,
            List<String> variations,
            List<String> aliases,
            List<String> equipment,
            List<MediaRow> media) {
        return new Exercise(
                ExerciseId.of(row.id()),
                row.name(),
                ExerciseKind.parse(row.kind()),
                Laterality.parse(row.laterality()),
                primary,
                secondary,
                row.equipment(equipment),
                row.startingPosition(),
                cues,
                variations,
                row.caution(),
                new Source(
                        row.sourceOrigin(),
                        row.sourceOriginalId(),
                        row.sourceLicense(),
                        row.sourceAuthor(),
                        row.sourceUrl()),
                row.description(),
                aliases,
                row.level() == null ? null : Level.parse(row.level()),
                row.mechanic() == null ? null : Mechanic.parse(row.mechanic()),
                row.force() == null ? null : Force.parse(row.force()),
                media.stream()
                        .map(m -> new Media(MediaKind.parse(m.kind()), m.reference(), m.license(), m.author()))
                        .toList(),
                row.variationOf() == null ? null : ExerciseId.of(row.variationOf()));
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** The stale-version conflict after an update or delete found the row changed since it was read. */
    private ConflictException staleNow(String id, long expected) {
        return exercises
                .findById(id)
                .map(row -> ConflictException.stale("exercise", id, expected, row.storedVersion()))
                .orElseGet(() -> ConflictException.deletedMeanwhile("exercise", id, expected));
    }
}

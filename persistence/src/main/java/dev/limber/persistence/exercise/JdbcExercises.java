package dev.limber.persistence.exercise;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.port.Stored;
import dev.limber.domain.query.ExerciseQuery;
import dev.limber.domain.query.Page;
import dev.limber.persistence.transaction.Jdbc;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@link Exercises} port on JDBC. Each call runs in the caller's transaction when there is
 * one, else in its own; versions guard updates so that concurrent writers, even in two service
 * instances, never overwrite each other silently.
 */
@Singleton
final class JdbcExercises implements Exercises {
    /** Keeps IN lists well below PostgreSQL's limit of 32,767 bound parameters. */
    private static final int CHUNK = 1000;

    private final Jdbc jdbc;

    JdbcExercises(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Stored<Exercise>> find(ExerciseId id) {
        return jdbc.read(connection ->
                ExerciseRows.load(connection, List.of(id.value())).stream().findFirst());
    }

    @Override
    public Stored<Exercise> save(Exercise exercise, ExpectedVersion expected) {
        return jdbc.write(connection -> {
            String id = exercise.id().value();
            Long current = ExerciseRows.versions(connection, List.of(id), true).get(id);
            OffsetDateTime now = ExerciseRows.now();
            if (current == null) {
                if (expected.mode() == ExpectedVersion.Mode.EXACTLY) {
                    throw new NotFoundException("exercise", id);
                }
                ExerciseRows.insert(connection, List.of(exercise), now);
                return new Stored<>(exercise, 1L, now.toInstant());
            }
            if (expected.mode() == ExpectedVersion.Mode.ABSENT) {
                throw new ConflictException(
                        ConflictException.Reason.ALREADY_EXISTS, "exercise " + id + " already exists");
            }
            long base = expected.exact().orElse(current);
            if (base != current || !ExerciseRows.update(connection, exercise, base, now)) {
                throw stale(id, base, current);
            }
            return new Stored<>(exercise, base + 1, now.toInstant());
        });
    }

    @Override
    public void addAll(List<Exercise> exercises) {
        jdbc.write(connection -> {
            ExerciseRows.insert(connection, exercises, ExerciseRows.now());
            return null;
        });
    }

    @Override
    public boolean delete(ExerciseId id, ExpectedVersion expected) {
        return jdbc.write(connection -> {
            Long current =
                    ExerciseRows.versions(connection, List.of(id.value()), true).get(id.value());
            if (current == null) {
                if (expected.mode() == ExpectedVersion.Mode.EXACTLY) {
                    throw new NotFoundException("exercise", id);
                }
                return false;
            }
            if (expected.exact().isPresent() && expected.exact().getAsLong() != current) {
                throw stale(id.value(), expected.exact().getAsLong(), current);
            }
            List<String> users = programsUsing(connection, id.value());
            if (!users.isEmpty()) {
                throw new ConflictException(
                        ConflictException.Reason.IN_USE,
                        "exercise " + id + " is used by " + String.join(", ", users),
                        users);
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM exercise WHERE id = ?")) {
                delete.setString(1, id.value());
                return delete.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Page<Exercise> search(ExerciseQuery query) {
        ExerciseSearchSql sql = ExerciseSearchSql.of(query);
        return jdbc.read(connection -> {
            long total;
            try (PreparedStatement count = connection.prepareStatement(sql.count())) {
                bind(count, sql.parameters());
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    total = result.getLong(1);
                }
            }
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql.page())) {
                bind(select, sql.pageParameters(query));
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        ids.add(result.getString(1));
                    }
                }
            }
            List<Exercise> items = ExerciseRows.load(connection, ids).stream()
                    .map(Stored::value)
                    .toList();
            return new Page<>(items, query.page(), total);
        });
    }

    @Override
    public Map<ExerciseId, Exercise> findAll(Collection<ExerciseId> ids) {
        return jdbc.read(connection -> {
            List<String> all = ids.stream().map(ExerciseId::value).distinct().toList();
            Map<ExerciseId, Exercise> found = new java.util.LinkedHashMap<>();
            for (int from = 0; from < all.size(); from += CHUNK) {
                for (Stored<Exercise> stored :
                        ExerciseRows.load(connection, all.subList(from, Math.min(all.size(), from + CHUNK)))) {
                    found.put(stored.value().id(), stored.value());
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
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM exercise WHERE kind IN ("
                    + ExerciseRows.placeholders(names.size()) + ") ORDER BY id")) {
                ExerciseRows.bindAll(select, names);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        ids.add(result.getString(1));
                    }
                }
            }
            List<Exercise> found = new ArrayList<>(ids.size());
            for (int from = 0; from < ids.size(); from += CHUNK) {
                ExerciseRows.load(connection, ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                        .forEach(stored -> found.add(stored.value()));
            }
            return found;
        });
    }

    @Override
    public Set<ExerciseId> existing(Collection<ExerciseId> ids) {
        return jdbc.read(connection -> {
            List<String> all = ids.stream().map(ExerciseId::value).distinct().toList();
            Set<ExerciseId> found = new HashSet<>();
            for (int from = 0; from < all.size(); from += CHUNK) {
                Map<String, Long> versions =
                        ExerciseRows.versions(connection, all.subList(from, Math.min(all.size(), from + CHUNK)), false);
                found.addAll(versions.keySet().stream().map(ExerciseId::of).collect(Collectors.toSet()));
            }
            return found;
        });
    }

    @Override
    public long count() {
        return jdbc.read(connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM exercise");
                    ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    private static List<String> programsUsing(Connection connection, String exerciseId) throws SQLException {
        List<String> programs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT program_id" + " FROM program_step_item WHERE exercise_id = ? ORDER BY program_id")) {
            select.setString(1, exerciseId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    programs.add(result.getString(1));
                }
            }
        }
        return programs;
    }

    private static ConflictException stale(String id, long expected, long current) {
        return new ConflictException(
                ConflictException.Reason.STALE_VERSION,
                "exercise " + id + " was changed by someone else (you had version " + expected + ", it is now "
                        + current + ")");
    }

    static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}

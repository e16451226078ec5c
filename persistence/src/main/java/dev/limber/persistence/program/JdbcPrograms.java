package dev.limber.persistence.program;

import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.NotFoundException;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Stored;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.program.Session;
import dev.limber.domain.query.Page;
import dev.limber.domain.query.ProgramQuery;
import dev.limber.persistence.transaction.Jdbc;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@link Programs} port on JDBC: whole programs saved and loaded in one transaction, guarded
 * by a version against lost updates.
 */
@Singleton
final class JdbcPrograms implements Programs {
    private final Jdbc jdbc;

    JdbcPrograms(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Stored<Program>> find(ProgramId id) {
        return jdbc.read(connection -> ProgramRows.load(connection, id.value()));
    }

    @Override
    public Stored<Program> save(Program program, ExpectedVersion expected) {
        return jdbc.write(connection -> {
            String id = program.id().value();
            checkReferences(connection, program);
            Long current = version(connection, id);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            if (current == null) {
                if (expected.mode() == ExpectedVersion.Mode.EXACTLY) {
                    throw new NotFoundException("program", id);
                }
                ProgramRows.insertRow(connection, program, now);
                ProgramRows.insertStructure(connection, program);
                return new Stored<>(program, 1L, now.toInstant());
            }
            if (expected.mode() == ExpectedVersion.Mode.ABSENT) {
                throw new ConflictException(
                        ConflictException.Reason.ALREADY_EXISTS, "program " + id + " already exists");
            }
            long base = expected.exact().orElse(current);
            if (base != current || !ProgramRows.updateRow(connection, program, base, now)) {
                throw stale(id, base, current);
            }
            ProgramRows.deleteStructure(connection, id);
            ProgramRows.insertStructure(connection, program);
            return new Stored<>(program, base + 1, now.toInstant());
        });
    }

    @Override
    public boolean delete(ProgramId id, ExpectedVersion expected) {
        return jdbc.write(connection -> {
            Long current = version(connection, id.value());
            if (current == null) {
                if (expected.mode() == ExpectedVersion.Mode.EXACTLY) {
                    throw new NotFoundException("program", id);
                }
                return false;
            }
            if (expected.exact().isPresent() && expected.exact().getAsLong() != current) {
                throw stale(id.value(), expected.exact().getAsLong(), current);
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM program WHERE id = ?")) {
                delete.setString(1, id.value());
                return delete.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Page<Program> search(ProgramQuery query) {
        return jdbc.read(connection -> {
            String where = query.tagFilter().isPresent()
                    ? " WHERE EXISTS (SELECT 1 FROM program_tag t WHERE t.program_id = p.id AND t.tag = ?)"
                    : "";
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM program p" + where)) {
                int next = 1;
                if (query.tagFilter().isPresent()) {
                    count.setString(next, query.tag());
                }
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    total = result.getLong(1);
                }
            }
            List<Program> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT p.id FROM program p" + where + " ORDER BY p.name_key, p.id LIMIT ? OFFSET ?")) {
                int next = 1;
                if (query.tagFilter().isPresent()) {
                    select.setString(next++, query.tag());
                }
                select.setInt(next, query.page().size());
                select.setLong(next + 1, query.page().offset());
                List<String> ids = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        ids.add(result.getString(1));
                    }
                }
                for (String id : ids) {
                    ProgramRows.load(connection, id).ifPresent(stored -> items.add(stored.value()));
                }
            }
            return new Page<>(items, query.page(), total);
        });
    }

    @Override
    public long count() {
        return jdbc.read(connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM program");
                    ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    /** Names every exercise a program refers to that the store lacks, before writing anything. */
    private static void checkReferences(Connection connection, Program program) throws SQLException {
        Set<String> wanted = new TreeSet<>();
        for (Session session : program.sessions()) {
            for (ExerciseStep step : session.exerciseSteps()) {
                wanted.add(step.exercise().value());
            }
        }
        List<String> ids = List.copyOf(wanted);
        Set<String> found = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM exercise WHERE id IN ("
                + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                select.setString(i + 1, ids.get(i));
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    found.add(result.getString(1));
                }
            }
        }
        wanted.removeAll(found);
        if (!wanted.isEmpty()) {
            throw new ConflictException(
                    ConflictException.Reason.UNKNOWN_REFERENCE,
                    "program " + program.id() + " names unknown exercise(s): " + String.join(", ", wanted));
        }
    }

    private static Long version(Connection connection, String id) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT version FROM program WHERE id = ? FOR UPDATE")) {
            select.setString(1, id);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? result.getLong(1) : null;
            }
        }
    }

    private static ConflictException stale(String id, long expected, long current) {
        return new ConflictException(
                ConflictException.Reason.STALE_VERSION,
                "program " + id + " was changed by someone else (you had version " + expected + ", it is now " + current
                        + ")");
    }
}

package dev.limber.persistence.program;

import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.Stored;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.Dose;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A whole program in rows: program, tags, sessions, phases, steps and step items, each ordered by
 * its number. Writing replaces the structure below the program row (foreign keys cascade), so a
 * replaced program leaves no orphans.
 */
final class ProgramRows {
    private static final String TIMED = "T";
    private static final String REPS = "R";

    private ProgramRows() {}

    static void insertRow(Connection connection, Program program, OffsetDateTime at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO program (id, name, name_key,"
                + " description, version, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)")) {
            insert.setString(1, program.id().value());
            insert.setString(2, program.name());
            insert.setString(3, program.name().toLowerCase(Locale.ROOT));
            insert.setString(4, program.description());
            insert.setObject(5, at);
            insert.setObject(6, at);
            insert.executeUpdate();
        }
    }

    static boolean updateRow(Connection connection, Program program, long version, OffsetDateTime at)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE program SET name = ?, name_key = ?,"
                + " description = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?")) {
            update.setString(1, program.name());
            update.setString(2, program.name().toLowerCase(Locale.ROOT));
            update.setString(3, program.description());
            update.setObject(4, at);
            update.setString(5, program.id().value());
            update.setLong(6, version);
            return update.executeUpdate() > 0;
        }
    }

    static void deleteStructure(Connection connection, String id) throws SQLException {
        for (String table : List.of("program_tag", "program_session")) {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM " + table + " WHERE program_id = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        }
    }

    static void insertStructure(Connection connection, Program program) throws SQLException {
        String id = program.id().value();
        try (PreparedStatement tags = connection.prepareStatement(
                        "INSERT INTO program_tag (program_id, position, tag) VALUES (?, ?, ?)");
                PreparedStatement sessions = connection.prepareStatement(
                        "INSERT INTO program_session (program_id, session_no, name, days) VALUES (?, ?, ?, ?)");
                PreparedStatement phases = connection.prepareStatement(
                        "INSERT INTO program_phase (program_id, session_no, phase_no, kind) VALUES (?, ?, ?, ?)");
                PreparedStatement steps = connection.prepareStatement(
                        "INSERT INTO program_step (program_id,"
                                + " session_no, phase_no, step_no, circuit_name, rounds, round_rest_s) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement items = connection.prepareStatement("INSERT INTO program_step_item (program_id,"
                        + " session_no, phase_no, step_no, item_no, exercise_id, dose_kind, amount, sets, rest_s,"
                        + " per_side, hold_s, dose_source, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int t = 0; t < program.tags().size(); t++) {
                tags.setString(1, id);
                tags.setInt(2, t);
                tags.setString(3, program.tags().get(t));
                tags.addBatch();
            }
            for (int s = 0; s < program.sessions().size(); s++) {
                Session session = program.sessions().get(s);
                sessions.setString(1, id);
                sessions.setInt(2, s);
                sessions.setString(3, session.name());
                sessions.setString(4, days(session.days()));
                sessions.addBatch();
                for (int f = 0; f < session.phases().size(); f++) {
                    Phase phase = session.phases().get(f);
                    phases.setString(1, id);
                    phases.setInt(2, s);
                    phases.setInt(3, f);
                    phases.setString(4, phase.kind().externalName());
                    phases.addBatch();
                    for (int k = 0; k < phase.steps().size(); k++) {
                        Step step = phase.steps().get(k);
                        steps.setString(1, id);
                        steps.setInt(2, s);
                        steps.setInt(3, f);
                        steps.setInt(4, k);
                        if (step instanceof Circuit circuit) {
                            steps.setString(5, circuit.name());
                            steps.setInt(6, circuit.rounds());
                            steps.setInt(7, (int) circuit.restBetweenRounds().getSeconds());
                        } else {
                            steps.setNull(5, Types.VARCHAR);
                            steps.setNull(6, Types.INTEGER);
                            steps.setNull(7, Types.INTEGER);
                        }
                        steps.addBatch();
                        List<ExerciseStep> inner = step.exerciseSteps();
                        for (int i = 0; i < inner.size(); i++) {
                            bindItem(items, id, s, f, k, i, inner.get(i));
                            items.addBatch();
                        }
                    }
                }
            }
            tags.executeBatch();
            sessions.executeBatch();
            phases.executeBatch();
            steps.executeBatch();
            items.executeBatch();
        }
    }

    private static void bindItem(PreparedStatement items, String id, int s, int f, int k, int i, ExerciseStep item)
            throws SQLException {
        Prescription dose = item.prescription();
        items.setString(1, id);
        items.setInt(2, s);
        items.setInt(3, f);
        items.setInt(4, k);
        items.setInt(5, i);
        items.setString(6, item.exercise().value());
        if (dose.dose() instanceof Dose.Timed timed) {
            items.setString(7, TIMED);
            items.setInt(8, (int) timed.duration().getSeconds());
        } else {
            items.setString(7, REPS);
            items.setInt(8, ((Dose.Reps) dose.dose()).count());
        }
        items.setInt(9, dose.sets());
        items.setInt(10, (int) dose.rest().getSeconds());
        items.setBoolean(11, dose.perSide());
        if (dose.hold() == null) {
            items.setNull(12, Types.INTEGER);
        } else {
            items.setInt(12, (int) dose.hold().getSeconds());
        }
        items.setString(13, dose.source().externalName());
        items.setString(14, item.note());
    }

    private static String days(Set<DayOfWeek> days) {
        return EnumSet.copyOf(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : days).stream()
                .map(day -> day.name().substring(0, 3).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }

    private static Set<DayOfWeek> parseDays(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (text == null || text.isBlank()) {
            return days;
        }
        for (String day : text.split(",")) {
            for (DayOfWeek candidate : DayOfWeek.values()) {
                if (candidate.name().substring(0, 3).equalsIgnoreCase(day)) {
                    days.add(candidate);
                }
            }
        }
        return days;
    }

    /** Loads one whole program, or nothing. */
    static Optional<Stored<Program>> load(Connection connection, String id) throws SQLException {
        String name;
        String description;
        long version;
        OffsetDateTime updatedAt;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name, description, version, updated_at FROM program WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                name = result.getString(1);
                description = result.getString(2);
                version = result.getLong(3);
                updatedAt = result.getObject(4, OffsetDateTime.class);
            }
        }
        List<String> tags =
                strings(connection, "SELECT tag FROM program_tag WHERE program_id = ? ORDER BY position", id);
        Map<Integer, String> sessionNames = new TreeMap<>();
        Map<Integer, Set<DayOfWeek>> sessionDays = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT session_no, name, days FROM program_session WHERE program_id = ? ORDER BY session_no")) {
            select.setString(1, id);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    sessionNames.put(result.getInt(1), result.getString(2));
                    sessionDays.put(result.getInt(1), parseDays(result.getString(3)));
                }
            }
        }
        Map<List<Integer>, String> phaseKinds = new TreeMap<>(ProgramRows::compareKeys);
        try (PreparedStatement select = connection.prepareStatement("SELECT session_no, phase_no, kind"
                + " FROM program_phase WHERE program_id = ? ORDER BY session_no, phase_no")) {
            select.setString(1, id);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    phaseKinds.put(List.of(result.getInt(1), result.getInt(2)), result.getString(3));
                }
            }
        }
        Map<List<Integer>, Object[]> circuits = new TreeMap<>(ProgramRows::compareKeys);
        try (PreparedStatement select = connection.prepareStatement("SELECT session_no, phase_no, step_no,"
                + " circuit_name, rounds, round_rest_s FROM program_step WHERE program_id = ?")) {
            select.setString(1, id);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    List<Integer> key = List.of(result.getInt(1), result.getInt(2), result.getInt(3));
                    circuits.put(key, new Object[] {result.getString(4), result.getInt(5), result.getInt(6)});
                }
            }
        }
        Map<List<Integer>, List<ExerciseStep>> items = new TreeMap<>(ProgramRows::compareKeys);
        try (PreparedStatement select = connection.prepareStatement("SELECT session_no, phase_no, step_no,"
                + " exercise_id, dose_kind, amount, sets, rest_s, per_side, hold_s, dose_source, note"
                + " FROM program_step_item WHERE program_id = ? ORDER BY session_no, phase_no, step_no, item_no")) {
            select.setString(1, id);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    List<Integer> key = List.of(result.getInt(1), result.getInt(2), result.getInt(3));
                    items.computeIfAbsent(key, k -> new ArrayList<>()).add(item(result));
                }
            }
        }
        List<Session> sessions = new ArrayList<>();
        for (Map.Entry<Integer, String> session : sessionNames.entrySet()) {
            int s = session.getKey();
            List<Phase> phases = new ArrayList<>();
            for (Map.Entry<List<Integer>, String> phase : phaseKinds.entrySet()) {
                if (phase.getKey().get(0) != s) {
                    continue;
                }
                int f = phase.getKey().get(1);
                List<Step> steps = new ArrayList<>();
                for (Map.Entry<List<Integer>, Object[]> step : circuits.entrySet()) {
                    if (step.getKey().get(0) != s || step.getKey().get(1) != f) {
                        continue;
                    }
                    List<ExerciseStep> inner = items.getOrDefault(step.getKey(), List.of());
                    Object[] circuit = step.getValue();
                    steps.add(
                            circuit[0] == null
                                    ? inner.get(0)
                                    : new Circuit(
                                            (String) circuit[0],
                                            inner,
                                            (Integer) circuit[1],
                                            Duration.ofSeconds((Integer) circuit[2])));
                }
                phases.add(new Phase(PhaseKind.parse(phase.getValue()), steps));
            }
            sessions.add(new Session(session.getValue(), phases, sessionDays.get(s)));
        }
        Program program = new Program(ProgramId.of(id), name, description, tags, sessions);
        return Optional.of(new Stored<>(program, version, updatedAt.toInstant()));
    }

    private static ExerciseStep item(ResultSet result) throws SQLException {
        Dose dose = TIMED.equals(result.getString(5))
                ? new Dose.Timed(Duration.ofSeconds(result.getInt(6)))
                : new Dose.Reps(result.getInt(6));
        int hold = result.getInt(10);
        Duration held = result.wasNull() ? null : Duration.ofSeconds(hold);
        Prescription prescription = new Prescription(
                dose,
                result.getInt(7),
                Duration.ofSeconds(result.getInt(8)),
                result.getBoolean(9),
                held,
                DoseSource.parse(result.getString(11)));
        return new ExerciseStep(ExerciseId.of(result.getString(4)), prescription, result.getString(12));
    }

    private static int compareKeys(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = Integer.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    static List<String> strings(Connection connection, String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
        }
        return values;
    }
}

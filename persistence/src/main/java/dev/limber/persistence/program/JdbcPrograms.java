package dev.limber.persistence.program;

import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.load.Load;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Stored;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.Dose;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.program.Effort;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.program.Progression;
import dev.limber.domain.program.RampUpSets;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import dev.limber.domain.program.Tempo;
import dev.limber.domain.query.Page;
import dev.limber.domain.query.ProgramQuery;
import dev.limber.persistence.program.ProgramTreeRows.ItemRow;
import dev.limber.persistence.program.ProgramTreeRows.PhaseRow;
import dev.limber.persistence.program.ProgramTreeRows.SessionRow;
import dev.limber.persistence.program.ProgramTreeRows.StepRow;
import dev.limber.persistence.program.ProgramTreeRows.TagRow;
import dev.limber.persistence.transaction.Jdbc;
import dev.limber.persistence.transaction.RowsByKey;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@link Programs} port on Micronaut Data JDBC repositories: whole programs saved and loaded
 * in one transaction, guarded by the program row's {@code @Version} against lost updates. The
 * tree (program → sessions → phases → steps → items) is taken apart into rows and assembled back
 * here; saving over a program replaces everything below its row.
 */
@Singleton
final class JdbcPrograms implements Programs {
    private final Jdbc jdbc;
    private final Exercises exercises;
    private final ProgramRepository programs;
    private final ProgramTagRepository tags;
    private final ProgramSessionRepository sessions;
    private final ProgramPhaseRepository phases;
    private final ProgramStepRepository steps;
    private final ProgramItemRepository items;

    JdbcPrograms(
            Jdbc jdbc,
            Exercises exercises,
            ProgramRepository programs,
            ProgramTagRepository tags,
            ProgramSessionRepository sessions,
            ProgramPhaseRepository phases,
            ProgramStepRepository steps,
            ProgramItemRepository items) {
        this.jdbc = jdbc;
        this.exercises = exercises;
        this.programs = programs;
        this.tags = tags;
        this.sessions = sessions;
        this.phases = phases;
        this.steps = steps;
        this.items = items;
    }

    @Override
    public Optional<Stored<Program>> find(ProgramId id) {
        return jdbc.read(connection -> {
            Optional<ProgramRow> row = programs.findById(id.value());
            return row.isEmpty()
                    ? Optional.empty()
                    : Optional.of(assembled(connection, List.of(row.get())).get(0));
        });
    }

    @Override
    public Stored<Program> save(Program program, ExpectedVersion expected) {
        return jdbc.write(() -> {
            String id = program.id().value();
            checkReferences(program);
            Optional<ProgramRow> stored = programs.findById(id);
            OptionalLong base = expected.judgeSave(
                    "program", id, stored.map(ProgramRow::storedVersion).orElse(null));
            if (base.isEmpty()) {
                ProgramRow inserted = programs.save(ProgramRow.of(program));
                insertTree(program);
                return new Stored<>(
                        program, inserted.storedVersion(), inserted.updatedAt().toInstant());
            }
            ProgramRow updated;
            try {
                // First, so that a concurrent writer waits on the row and then finds its version gone.
                updated = programs.update(stored.get().replacedBy(program));
            } catch (OptimisticLockException changedMeanwhile) {
                throw staleNow(id, base.getAsLong());
            }
            tags.deleteByIdProgramId(id);
            sessions.deleteByIdProgramId(id);
            insertTree(program);
            return new Stored<>(
                    program, updated.storedVersion(), updated.updatedAt().toInstant());
        });
    }

    @Override
    public boolean delete(ProgramId id, ExpectedVersion expected) {
        return jdbc.write(() -> {
            Optional<ProgramRow> stored = programs.findById(id.value());
            if (!expected.judgeDelete(
                    "program", id, stored.map(ProgramRow::storedVersion).orElse(null))) {
                return false;
            }
            if (expected.exact().isEmpty()) {
                programs.deleteById(id.value());
                return true;
            }
            try {
                programs.delete(stored.get()); // the tree goes with it (ON DELETE CASCADE)
            } catch (OptimisticLockException changedMeanwhile) {
                throw staleNow(id.value(), stored.get().storedVersion());
            }
            return true;
        });
    }

    @Override
    public Page<Program> search(ProgramQuery query) {
        int limit = query.page().size() + 1;
        long offset = query.page().offset();
        return jdbc.read(connection -> {
            List<ProgramRow> rows = query.tagFilter()
                    .map(tag -> programs.pageTagged(tag, limit, offset))
                    .orElseGet(() -> programs.page(limit, offset));
            boolean hasNext = rows.size() == limit; // the last row only says that another page follows
            List<Program> found = assembled(connection, hasNext ? rows.subList(0, limit - 1) : rows).stream()
                    .map(Stored::value)
                    .toList();
            Page<Program> page = Page.uncounted(found, query.page(), hasNext);
            return query.page().counted() && page.knownTotal().isEmpty()
                    ? page.withTotal(
                            query.tagFilter().map(programs::countTagged).orElseGet(programs::count))
                    : page;
        });
    }

    @Override
    public long count() {
        return jdbc.read(() -> programs.count());
    }

    /**
     * The programs' ids read for a thousand exercises at a time, then the programs assembled a
     * thousand at a time, in id order.
     */
    @Override
    public List<Program> using(Collection<ExerciseId> exercises) {
        List<String> wanted =
                exercises.stream().map(ExerciseId::value).distinct().toList();
        return jdbc.read(connection -> {
            Set<String> ids = new TreeSet<>();
            for (int from = 0; from < wanted.size(); from += RowsByKey.MAX_KEYS) {
                ids.addAll(RowsByKey.of(
                        connection,
                        "SELECT DISTINCT program_id FROM program_step_item WHERE exercise_id IN (?)",
                        wanted.subList(from, Math.min(wanted.size(), from + RowsByKey.MAX_KEYS)),
                        row -> row.getString(1)));
            }
            List<String> sorted = List.copyOf(ids);
            List<Program> found = new ArrayList<>(sorted.size());
            for (int from = 0; from < sorted.size(); from += RowsByKey.MAX_KEYS) {
                List<ProgramRow> rows = programs.findByIdInOrderById(
                        sorted.subList(from, Math.min(sorted.size(), from + RowsByKey.MAX_KEYS)));
                assembled(connection, rows).forEach(stored -> found.add(stored.value()));
            }
            return found;
        });
    }

    @Override
    public List<ProgramId> ids() {
        return jdbc.read(() -> programs.allIds().stream().map(ProgramId::of).toList());
    }

    /** Names every exercise a program refers to that the store lacks, before writing anything. */
    private void checkReferences(Program program) {
        Set<ExerciseId> wanted = new java.util.LinkedHashSet<>();
        for (Session session : program.sessions()) {
            for (ExerciseStep step : session.exerciseSteps()) {
                wanted.add(step.exercise());
            }
        }
        Set<ExerciseId> found = exercises.existing(wanted);
        Set<String> missing = wanted.stream()
                .filter(id -> !found.contains(id))
                .map(ExerciseId::value)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            throw new ConflictException(
                    ConflictException.Reason.UNKNOWN_REFERENCE,
                    "program " + program.id() + " names unknown exercise(s): " + String.join(", ", missing));
        }
    }

    /** Writes the rows below a program row, each table in one JDBC batch. */
    private void insertTree(Program program) {
        String id = program.id().value();
        List<TagRow> tagRows = new ArrayList<>();
        for (int t = 0; t < program.tags().size(); t++) {
            tagRows.add(new TagRow(new TagRow.Key(id, t), program.tags().get(t)));
        }
        List<SessionRow> sessionRows = new ArrayList<>();
        List<PhaseRow> phaseRows = new ArrayList<>();
        List<StepRow> stepRows = new ArrayList<>();
        List<ItemRow> itemRows = new ArrayList<>();
        for (int s = 0; s < program.sessions().size(); s++) {
            Session session = program.sessions().get(s);
            sessionRows.add(new SessionRow(new SessionRow.Key(id, s), session.name(), days(session.days())));
            for (int f = 0; f < session.phases().size(); f++) {
                Phase phase = session.phases().get(f);
                phaseRows.add(
                        new PhaseRow(new PhaseRow.Key(id, s, f), phase.kind().externalName()));
                for (int k = 0; k < phase.steps().size(); k++) {
                    Step step = phase.steps().get(k);
                    StepRow.Key key = new StepRow.Key(id, s, f, k);
                    stepRows.add(
                            step instanceof Circuit circuit
                                    ? new StepRow(key, circuit.name(), circuit.rounds(), (int)
                                            circuit.restBetweenRounds().getSeconds())
                                    : new StepRow(key, null, null, null));
                    List<ExerciseStep> inner = step.exerciseSteps();
                    for (int i = 0; i < inner.size(); i++) {
                        itemRows.add(itemRow(new ItemRow.Key(id, s, f, k, i), inner.get(i)));
                    }
                }
            }
        }
        saveAll(tags::saveAll, tagRows);
        saveAll(sessions::saveAll, sessionRows);
        saveAll(phases::saveAll, phaseRows);
        saveAll(steps::saveAll, stepRows);
        saveAll(items::saveAll, itemRows);
    }

    private static <R> void saveAll(Function<List<R>, ?> save, List<R> rows) {
        if (!rows.isEmpty()) {
            save.apply(rows);
        }
    }

    private static ItemRow itemRow(ItemRow.Key key, ExerciseStep item) {
        Prescription dose = item.prescription();
        String kind;
        int amount;
        String distance = null;
        boolean amrap = false;
        if (dose.dose() instanceof Dose.Timed time) {
            kind = ProgramTreeRows.TIMED;
            amount = (int) time.duration().getSeconds();
        } else if (dose.dose() instanceof Dose.Reps reps) {
            kind = ProgramTreeRows.REPS;
            amount = reps.count();
            amrap = reps.amrap();
        } else {
            Dose.Distance covered = (Dose.Distance) dose.dose();
            kind = ProgramTreeRows.DISTANCE;
            amount = (int) covered.metres();
            distance = covered.text();
        }
        return new ItemRow(
                key,
                item.exercise().value(),
                kind,
                amount,
                dose.sets(),
                (int) dose.rest().getSeconds(),
                dose.perSide(),
                dose.hold() == null ? null : (int) dose.hold().getSeconds(),
                dose.source().externalName(),
                item.note(),
                distance,
                amrap,
                dose.load() == null ? null : dose.load().text(),
                dose.effort() instanceof Effort.Rpe rpe ? rpe.value() : null,
                dose.effort() instanceof Effort.Rir rir ? rir.reps() : null,
                dose.tempo() == null ? null : dose.tempo().text(),
                item.progression() == null ? null : item.progression().text(),
                dose.rampUp() == null ? null : dose.rampUp().text());
    }

    /** Whole programs for the rows given, in their order: five queries for all their trees. */
    private static List<Stored<Program>> assembled(Connection connection, List<ProgramRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(ProgramRow::id).toList();
        Map<String, List<TagRow>> tagsOf = grouped(
                RowsByKey.of(
                        connection,
                        "SELECT program_id, position, tag FROM program_tag WHERE program_id IN (?)"
                                + " ORDER BY program_id, position",
                        ids,
                        row -> new TagRow(new TagRow.Key(row.getString(1), row.getInt(2)), row.getString(3))),
                row -> row.id().programId());
        Map<String, List<SessionRow>> sessionsOf = grouped(
                RowsByKey.of(
                        connection,
                        "SELECT program_id, session_no, name, days FROM program_session WHERE program_id IN (?)"
                                + " ORDER BY program_id, session_no",
                        ids,
                        row -> new SessionRow(
                                new SessionRow.Key(row.getString(1), row.getInt(2)),
                                row.getString(3),
                                row.getString(4))),
                row -> row.id().programId());
        Map<List<Object>, List<PhaseRow>> phasesOf = grouped(
                RowsByKey.of(
                        connection,
                        "SELECT program_id, session_no, phase_no, kind FROM program_phase WHERE program_id IN (?)"
                                + " ORDER BY program_id, session_no, phase_no",
                        ids,
                        row -> new PhaseRow(
                                new PhaseRow.Key(row.getString(1), row.getInt(2), row.getInt(3)), row.getString(4))),
                row -> List.of(row.id().programId(), row.id().sessionNo()));
        Map<List<Object>, List<StepRow>> stepsOf = grouped(
                RowsByKey.of(
                        connection,
                        "SELECT program_id, session_no, phase_no, step_no, circuit_name, rounds, round_rest_s"
                                + " FROM program_step WHERE program_id IN (?)"
                                + " ORDER BY program_id, session_no, phase_no, step_no",
                        ids,
                        row -> new StepRow(
                                new StepRow.Key(row.getString(1), row.getInt(2), row.getInt(3), row.getInt(4)),
                                row.getString(5),
                                row.getObject(6, Integer.class),
                                row.getObject(7, Integer.class))),
                row -> List.of(
                        row.id().programId(), row.id().sessionNo(), row.id().phaseNo()));
        Map<List<Object>, List<ItemRow>> itemsOf = grouped(
                RowsByKey.of(
                        connection,
                        "SELECT program_id, session_no, phase_no, step_no, item_no, exercise_id, dose_kind, amount,"
                                + " sets, rest_s, per_side, hold_s, dose_source, note,"
                                + " distance, amrap, load_spec, rpe, rir, tempo, progression, ramp_up"
                                + " FROM program_step_item WHERE program_id IN (?)"
                                + " ORDER BY program_id, session_no, phase_no, step_no, item_no",
                        ids,
                        row -> new ItemRow(
                                new ItemRow.Key(
                                        row.getString(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5)),
                                row.getString(6),
                                row.getString(7),
                                row.getInt(8),
                                row.getInt(9),
                                row.getInt(10),
                                row.getBoolean(11),
                                row.getObject(12, Integer.class),
                                row.getString(13),
                                row.getString(14),
                                row.getString(15),
                                row.getBoolean(16),
                                row.getString(17),
                                row.getBigDecimal(18),
                                row.getObject(19, Integer.class),
                                row.getString(20),
                                row.getString(21),
                                row.getString(22))),
                row -> List.of(
                        row.id().programId(),
                        row.id().sessionNo(),
                        row.id().phaseNo(),
                        row.id().stepNo()));
        List<Stored<Program>> assembled = new ArrayList<>(rows.size());
        for (ProgramRow row : rows) {
            String id = row.id();
            List<Session> programSessions = new ArrayList<>();
            for (SessionRow session : sessionsOf.getOrDefault(id, List.of())) {
                int s = session.id().sessionNo();
                List<Phase> sessionPhases = new ArrayList<>();
                for (PhaseRow phase : phasesOf.getOrDefault(List.of(id, s), List.of())) {
                    int f = phase.id().phaseNo();
                    List<Step> phaseSteps = new ArrayList<>();
                    for (StepRow step : stepsOf.getOrDefault(List.of(id, s, f), List.of())) {
                        List<ExerciseStep> inner =
                                itemsOf.getOrDefault(List.of(id, s, f, step.id().stepNo()), List.of()).stream()
                                        .map(JdbcPrograms::exerciseStep)
                                        .toList();
                        phaseSteps.add(
                                step.circuitName() == null
                                        ? inner.get(0)
                                        : new Circuit(
                                                step.circuitName(),
                                                inner,
                                                step.rounds(),
                                                Duration.ofSeconds(step.roundRestS())));
                    }
                    sessionPhases.add(new Phase(PhaseKind.parse(phase.kind()), phaseSteps));
                }
                programSessions.add(new Session(session.name(), sessionPhases, parseDays(session.days())));
            }
            List<String> programTags =
                    tagsOf.getOrDefault(id, List.of()).stream().map(TagRow::tag).toList();
            Program program = new Program(
                    ProgramId.of(id), row.name(), row.description(), programTags, programSessions, row.weeks());
            assembled.add(
                    new Stored<>(program, row.storedVersion(), row.updatedAt().toInstant()));
        }
        return assembled;
    }

    /** Rows grouped by their parent's key, each group in the order read. */
    private static <R, K> Map<K, List<R>> grouped(List<R> rows, Function<R, K> parent) {
        Map<K, List<R>> groups = new HashMap<>();
        for (R row : rows) {
            groups.computeIfAbsent(parent.apply(row), key -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private static ExerciseStep exerciseStep(ItemRow row) {
        Dose dose;
        if (ProgramTreeRows.TIMED.equals(row.doseKind())) {
            dose = new Dose.Timed(Duration.ofSeconds(row.amount()));
        } else if (ProgramTreeRows.DISTANCE.equals(row.doseKind())) {
            dose = Dose.Distance.parse(row.distance());
        } else {
            dose = new Dose.Reps(row.amount(), row.amrap());
        }
        Duration held = row.holdS() == null ? null : Duration.ofSeconds(row.holdS());
        Effort effort =
                row.rpe() != null ? new Effort.Rpe(row.rpe()) : row.rir() != null ? new Effort.Rir(row.rir()) : null;
        Prescription prescription = new Prescription(
                dose,
                row.sets(),
                Duration.ofSeconds(row.restS()),
                row.perSide(),
                held,
                DoseSource.parse(row.doseSource()),
                row.loadSpec() == null ? null : Load.parse(row.loadSpec()),
                effort,
                row.tempo() == null ? null : Tempo.parse(row.tempo()),
                row.rampUp() == null ? null : RampUpSets.parse(row.rampUp()));
        return new ExerciseStep(
                ExerciseId.of(row.exerciseId()),
                prescription,
                row.note(),
                row.progression() == null ? null : Progression.parse(row.progression()));
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

    /** The stale-version conflict after an update or delete found the row changed since it was read. */
    private ConflictException staleNow(String id, long expected) {
        return programs.findById(id)
                .map(row -> ConflictException.stale("program", id, expected, row.storedVersion()))
                .orElseGet(() -> ConflictException.deletedMeanwhile("program", id, expected));
    }
}

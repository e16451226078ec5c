package dev.limber.domain.store.memory;

import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.port.ConflictException;
import dev.limber.domain.port.ExpectedVersion;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Stored;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.ProgramId;
import dev.limber.domain.query.Page;
import dev.limber.domain.query.ProgramQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The {@link Programs} port of an {@link InMemoryStore}. */
final class MemoryPrograms implements Programs {
    private final InMemoryStore store;

    MemoryPrograms(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Stored<Program>> find(ProgramId id) {
        return store.read(contents -> Optional.ofNullable(contents.programs.get(id)));
    }

    @Override
    public Stored<Program> save(Program program, ExpectedVersion expected) {
        return store.write(contents -> {
            checkReferences(contents, program);
            ProgramId id = program.id();
            Stored<Program> current = contents.programs.get(id);
            long version = expected.judgeSave("program", id, current == null ? null : current.version())
                            .orElse(0L)
                    + 1;
            Stored<Program> saved = new Stored<>(program, version, Instant.now(store.clock()));
            contents.programs.put(id, saved);
            return saved;
        });
    }

    @Override
    public boolean delete(ProgramId id, ExpectedVersion expected) {
        return store.write(contents -> {
            Stored<Program> current = contents.programs.get(id);
            if (!expected.judgeDelete("program", id, current == null ? null : current.version())) {
                return false;
            }
            contents.programs.remove(id);
            return true;
        });
    }

    @Override
    public Page<Program> search(ProgramQuery query) {
        return store.read(contents -> {
            List<Program> matches = contents.programs.values().stream()
                    .map(Stored::value)
                    .filter(program ->
                            query.tagFilter().map(program.tags()::contains).orElse(true))
                    .sorted(Contents.PROGRAMS_BY_NAME)
                    .toList();
            return Contents.page(matches, query.page());
        });
    }

    @Override
    public long count() {
        return store.read(contents -> (long) contents.programs.size());
    }

    @Override
    public List<Program> using(Collection<ExerciseId> exercises) {
        Set<ExerciseId> wanted = Set.copyOf(exercises);
        return store.read(contents -> contents.programs.values().stream()
                .map(Stored::value)
                .filter(program -> program.exerciseIds().stream().anyMatch(wanted::contains))
                .sorted(Comparator.comparing(Program::id))
                .toList());
    }

    @Override
    public List<ProgramId> ids() {
        return store.read(contents -> List.copyOf(contents.programs.keySet()));
    }

    /** Names every exercise the program refers to that the store lacks, before writing anything. */
    private static void checkReferences(Contents contents, Program program) {
        TreeSet<String> unknown = new TreeSet<>();
        for (ExerciseId id : program.exerciseIds()) {
            if (!contents.exercises.containsKey(id)) {
                unknown.add(id.value());
            }
        }
        if (!unknown.isEmpty()) {
            throw new ConflictException(
                    ConflictException.Reason.UNKNOWN_REFERENCE,
                    "program " + program.id() + " names unknown exercise(s): " + String.join(", ", unknown));
        }
    }
}

package dev.limber.domain.program;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.guard.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A training program: one or more sessions under an id. Session names are unique within a
 * program, because timelines, cards and warm-ups pick a session by name.
 *
 * @param id          stable slug
 * @param name        display name
 * @param description what it is for, possibly empty
 * @param tags        slugs for finding it ({@code leg-day}), no repeats
 * @param sessions    its sessions, at least one
 * @param weeks       how many weeks it runs, 1–{@value #MAX_WEEKS}: each week every session once;
 *                    steps with a {@link Progression} change from week to week
 */
public record Program(
        ProgramId id, String name, String description, List<String> tags, List<Session> sessions, int weeks) {

    /** A year of training. */
    public static final int MAX_WEEKS = 52;

    public Program {
        Checks.required(ModelField.PROGRAM_ID, id);
        name = Checks.line(ModelField.PROGRAM_NAME, name, Limits.NAME);
        description = description == null
                ? ""
                : Objects.requireNonNullElse(
                        Checks.paragraphOrNull(ModelField.PROGRAM_DESCRIPTION, description, Limits.DESCRIPTION), "");
        tags = Checks.atMost(ModelField.PROGRAM_TAGS, Checks.list(ModelField.PROGRAM_TAGS, tags), Limits.TAGS);
        for (int i = 0; i < tags.size(); i++) {
            checkTag(i, tags.get(i));
        }
        if (new HashSet<>(tags).size() != tags.size()) {
            throw new InvalidValueException(ModelField.PROGRAM_TAGS, tags, "must not repeat a tag");
        }
        sessions = Checks.atMost(
                ModelField.PROGRAM_SESSIONS, Checks.nonEmpty(ModelField.PROGRAM_SESSIONS, sessions), Limits.SESSIONS);
        int steps = sessions.stream()
                .mapToInt(session -> session.exerciseSteps().size())
                .sum();
        if (steps > Limits.PROGRAM_STEPS) {
            throw new InvalidValueException(
                    ModelField.PROGRAM_SESSIONS,
                    steps + " exercise steps",
                    "must have at most " + Limits.PROGRAM_STEPS + " exercise steps in all");
        }
        checkWeeks(weeks);
        Set<String> names = new HashSet<>();
        for (Session session : sessions) {
            if (!names.add(session.name())) {
                throw new InvalidValueException(ModelField.PROGRAM_SESSIONS, session.name(), "must have unique names");
            }
        }
    }

    /** A program of one week. */
    public Program(ProgramId id, String name, String description, List<String> tags, List<Session> sessions) {
        this(id, name, description, tags, sessions, 1);
    }

    /** Refuses a number of weeks outside 1–{@value #MAX_WEEKS}: for a reader that places it at once. */
    public static int checkWeeks(int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new InvalidValueException(ModelField.PROGRAM_WEEKS, weeks, "must be between 1 and " + MAX_WEEKS);
        }
        return weeks;
    }

    /**
     * Refuses a tag that is not a slug, naming it as {@code tags[index]}: for a reader that places
     * each tag's problem before the program is built.
     *
     * @return the tag
     */
    public static String checkTag(int index, String tag) {
        return Checks.slug(ModelField.PROGRAM_TAGS, index, tag);
    }

    /** The exercise of every step in every session, in order, repeats included. */
    public List<ExerciseId> exerciseIds() {
        return sessions.stream()
                .flatMap(session -> session.exerciseSteps().stream())
                .map(ExerciseStep::exercise)
                .toList();
    }

    /** The session of that name, or the first one when {@code name} is null. */
    public Optional<Session> session(String name) {
        if (name == null) {
            return Optional.of(sessions.get(0));
        }
        return sessions.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** This program under another name; everything else kept. */
    public Program withName(String newName) {
        return new Program(id, newName, description, tags, sessions, weeks);
    }

    /** This program with another description. */
    public Program withDescription(String newDescription) {
        return new Program(id, name, newDescription, tags, sessions, weeks);
    }

    /** This program with other tags. */
    public Program withTags(List<String> newTags) {
        return new Program(id, name, description, newTags, sessions, weeks);
    }

    /** This program running {@code count} weeks. */
    public Program withWeeks(int count) {
        return new Program(id, name, description, tags, sessions, count);
    }

    /** This program with other sessions. */
    public Program withSessions(List<Session> newSessions) {
        return new Program(id, name, description, tags, newSessions, weeks);
    }

    /**
     * This program with the session of that name changed, the others kept in place: an app edits
     * one step with {@code program.withSession("Leg day", s -> s.withPhase(MAIN, p -> p.withStep(0, step)))}
     * instead of rebuilding the tree. Refused when no session has that name.
     */
    public Program withSession(String sessionName, UnaryOperator<Session> change) {
        Objects.requireNonNull(change, "change");
        List<Session> changed = new ArrayList<>(sessions);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).name().equals(sessionName)) {
                changed.set(i, change.apply(changed.get(i)));
                return withSessions(changed);
            }
        }
        throw new InvalidValueException(ModelField.SESSION_NAME, sessionName, "names no session of program " + id);
    }

    /** This program with one more session, last. */
    public Program withSessionAdded(Session session) {
        List<Session> more = new ArrayList<>(sessions);
        more.add(session);
        return withSessions(more);
    }

    /** This program without the session of that name; refused when it has none of that name. */
    public Program withoutSession(String sessionName) {
        List<Session> fewer = new ArrayList<>(sessions);
        if (!fewer.removeIf(session -> session.name().equals(sessionName))) {
            throw new InvalidValueException(ModelField.SESSION_NAME, sessionName, "names no session of program " + id);
        }
        return withSessions(fewer);
    }

    public static Builder builder(String id, String name) {
        return new Builder(ProgramId.of(id), name);
    }

    /** Fluent construction; {@link #build()} validates everything at once. */
    public static final class Builder {
        private final ProgramId id;
        private final String name;
        private String description = "";
        private List<String> tags = new ArrayList<>();
        private final List<Session> sessions = new ArrayList<>();
        private int weeks = 1;

        private Builder(ProgramId id, String name) {
            this.id = id;
            this.name = name;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder tags(String... values) {
            this.tags = new ArrayList<>(Arrays.asList(values));
            return this;
        }

        public Builder weeks(int count) {
            this.weeks = count;
            return this;
        }

        public Builder session(Session session) {
            this.sessions.add(session);
            return this;
        }

        public Program build() {
            return new Program(id, name, description, tags, sessions, weeks);
        }
    }
}

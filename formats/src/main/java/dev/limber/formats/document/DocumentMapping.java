package dev.limber.formats.document;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Quote;
import dev.limber.domain.exercise.Equipment;
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
import dev.limber.domain.load.Load;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Maps the node tree of one Limber document onto the domain, reporting every problem it finds
 * with its place. Each object is read field by field (so that all its type, name and value
 * problems are reported), then built; the domain's own refusal of a built object
 * ({@link InvalidValueException}) is reported at the field it names.
 */
final class DocumentMapping {
    static final int FORMAT_VERSION = 1;
    static final List<String> DOCUMENT_FIELDS = List.of("limber", "exercises", "programs");
    static final List<String> EXERCISE_FIELDS = List.of(
            "id",
            "name",
            "kind",
            "laterality",
            "primary",
            "secondary",
            "equipment",
            "startingPosition",
            "cues",
            "variations",
            "caution",
            "source",
            "description",
            "aliases",
            "level",
            "mechanic",
            "force",
            "media",
            "variationOf");
    /** A media item: exactly one of {@code image} or {@code video} (its reference), its licence and author. */
    static final List<String> MEDIA_FIELDS = List.of("image", "video", "license", "author");

    static final List<String> SOURCE_FIELDS = List.of("origin", "originalId", "license", "author", "url");
    static final List<String> PROGRAM_FIELDS = List.of("id", "name", "description", "tags", "weeks", "sessions");
    static final List<String> SESSION_FIELDS = List.of("name", "days", "phases");
    static final List<String> PHASE_FIELDS = List.of("phase", "steps");
    static final List<String> STEP_FIELDS = List.of(
            "exercise",
            "duration",
            "reps",
            "distance",
            "amrap",
            "sets",
            "rest",
            "hold",
            "tempo",
            "perSide",
            "load",
            "effort",
            "rampUp",
            "note",
            "progression",
            "doseSource");
    static final List<String> EFFORT_FIELDS = List.of("rpe", "rir");
    static final List<String> CIRCUIT_FIELDS = List.of("circuit", "rounds", "rest", "steps");
    static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    /** The source of an exercise whose document names none. */
    static final Source DEFAULT_SOURCE = new Source("Limber document", null, "unspecified");

    /** What one document holds, each item with its place. */
    record Content(List<Located<Exercise>> exercises, List<Located<Program>> programs) {}

    /**
     * What the service's view of an exercise adds (issue 14): {@code equipmentKnown: false} beside
     * an empty equipment list says "not known"; accepted back in a request body, with that meaning.
     */
    static final String EQUIPMENT_KNOWN = "equipmentKnown";

    private List<String> exerciseFields() {
        if (!acceptComputed) {
            return EXERCISE_FIELDS;
        }
        List<String> all = new ArrayList<>(EXERCISE_FIELDS);
        all.add(EQUIPMENT_KNOWN);
        return all;
    }

    /** What the service adds to a program it answers with; accepted back, never stored. */
    static final List<String> COMPUTED_FIELDS = List.of("totalDuration", "totalSeconds");

    private final Problems problems;
    private final boolean acceptComputed;

    DocumentMapping(Problems problems) {
        this(problems, false);
    }

    /** With {@code acceptComputed}, the service's computed totals are allowed and ignored. */
    DocumentMapping(Problems problems, boolean acceptComputed) {
        this.problems = problems;
        this.acceptComputed = acceptComputed;
    }

    private List<String> allowing(List<String> fields) {
        if (!acceptComputed) {
            return fields;
        }
        List<String> all = new ArrayList<>(fields);
        all.addAll(COMPUTED_FIELDS);
        return all;
    }

    Content document(Node root) {
        return document(root, () -> {});
    }

    /** How many exercises and programs a document's tree holds, before they are checked. */
    static long items(Node root) {
        if (!(root instanceof MappingNode mapping)) {
            return 0;
        }
        return mapping.getValue().stream()
                .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode key
                        && (key.getValue().equals("exercises") || key.getValue().equals("programs")))
                .mapToLong(tuple -> tuple.getValueNode() instanceof SequenceNode list
                        ? list.getValue().size()
                        : 0)
                .sum();
    }

    /** Maps a document, telling {@code checked} after each exercise and program. */
    Content document(Node root, Runnable checked) {
        List<Located<Exercise>> exercises = new ArrayList<>();
        List<Located<Program>> programs = new ArrayList<>();
        if (root instanceof SequenceNode) {
            problems.add(
                    root,
                    "",
                    "expected a Limber document (an object with fields limber, exercises, programs),"
                            + " found a list; a free-exercise-db file is read with that format, not as a document");
            return new Content(exercises, programs);
        }
        Optional<Fields> read = Fields.of(root, "", problems, "a Limber document", DOCUMENT_FIELDS);
        if (read.isEmpty()) {
            return new Content(exercises, programs);
        }
        Fields fields = read.get();
        if (fields.require("limber")) {
            Fields.integerOf(fields.value("limber"), fields.at("limber"), problems)
                    .ifPresent(version -> {
                        if (version != FORMAT_VERSION) {
                            problems.add(
                                    fields.value("limber"),
                                    fields.at("limber"),
                                    "unsupported format version " + version + ": this reader reads 'limber: "
                                            + FORMAT_VERSION + "'");
                        }
                    });
        }
        fields.list("exercises").ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                String at = Pointers.child(fields.at("exercises"), i);
                Node item = items.get(i);
                exercise(item, at).ifPresent(e -> exercises.add(Located.of(e, problems.source(), item, at)));
                checked.run();
            }
        });
        fields.list("programs").ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                String at = Pointers.child(fields.at("programs"), i);
                Node item = items.get(i);
                program(item, at).ifPresent(p -> programs.add(Located.of(p, problems.source(), item, at)));
                checked.run();
            }
        });
        return new Content(exercises, programs);
    }

    Optional<Exercise> exercise(Node node, String pointer) {
        Optional<Fields> read = Fields.of(node, pointer, problems, "an exercise", exerciseFields());
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Fields f = read.get();
        int before = problems.size();
        Optional<ExerciseId> id = f.requiredText("id").flatMap(text -> exerciseId(text, f.value("id"), f.at("id")));
        Optional<String> name = f.requiredText("name");
        Optional<ExerciseKind> kind = f.require("kind") ? f.named("kind", ExerciseKind.class) : Optional.empty();
        Laterality laterality = f.named("laterality", Laterality.class).orElse(Laterality.BILATERAL);
        Optional<List<Target>> primary = f.require("primary") ? f.namedList("primary", Target.class) : Optional.empty();
        List<Target> secondary = f.namedList("secondary", Target.class).orElse(List.of());
        java.util.function.Supplier<Equipment> equipment = equipment(f);
        String startingPosition = f.text("startingPosition").orElse(null);
        List<String> cues = f.texts("cues").orElse(List.of());
        List<String> variations = f.texts("variations").orElse(List.of());
        String caution = f.text("caution").orElse(null);
        Source source =
                f.has("source") ? source(f.value("source"), f.at("source")).orElse(null) : DEFAULT_SOURCE;
        String description = f.text("description").orElse(null);
        List<String> aliases = f.texts("aliases").orElse(List.of());
        Level level = f.named("level", Level.class).orElse(null);
        Mechanic mechanic = f.named("mechanic", Mechanic.class).orElse(null);
        Force force = f.named("force", Force.class).orElse(null);
        List<Media> media = media(f);
        Optional<ExerciseId> variationOf = f.has("variationOf")
                ? f.text("variationOf").flatMap(text -> exerciseId(text, f.value("variationOf"), f.at("variationOf")))
                : Optional.empty();
        if (problems.size() > before) {
            return Optional.empty();
        }
        java.util.function.Function<Equipment, Exercise> withEquipment = items -> new Exercise(
                id.get(),
                name.get(),
                kind.get(),
                laterality,
                primary.get(),
                secondary,
                items,
                startingPosition,
                cues,
                variations,
                caution,
                source,
                description,
                aliases,
                level,
                mechanic,
                force,
                media,
                variationOf.orElse(null));
        Equipment made = equipmentOrNull(equipment);
        if (made != null) {
            // Equipment checks itself: with it made, the exercise refuses what it would have
            // refused with none, so it is built once (twice was a fifth of a large read's checks).
            return build(f, () -> withEquipment.apply(made));
        }
        // The equipment's items are checked after the fields before them, as the exercise checks
        // its fields, so the first refusal is the same.
        return build(
                f,
                () -> withEquipment.apply(Equipment.none()).toBuilder()
                        .equipment(equipment.get())
                        .build());
    }

    /** The equipment made, or null when making it is refused (the caller then words the refusal). */
    private static Equipment equipmentOrNull(java.util.function.Supplier<Equipment> equipment) {
        try {
            return equipment.get();
        } catch (InvalidValueException refused) {
            return null;
        }
    }

    /**
     * Equipment: one line as before issue 14 ({@code body weight} or {@code none}: nothing needed,
     * {@code unknown}: not known, anything else one item), or a list of items (empty: nothing
     * needed); absent is nothing needed.
     */
    private java.util.function.Supplier<Equipment> equipment(Fields f) {
        if (f.has(EQUIPMENT_KNOWN) && !f.bool(EQUIPMENT_KNOWN).orElse(true)) {
            boolean listsNone = !f.has("equipment")
                    || (f.value("equipment") instanceof SequenceNode items
                            && items.getValue().isEmpty());
            if (!listsNone) {
                problems.add(
                        f.value(EQUIPMENT_KNOWN),
                        f.at(EQUIPMENT_KNOWN),
                        "equipmentKnown: false goes with an empty equipment list (not known means no items)");
                return null;
            }
            return Equipment::unknown;
        }
        if (!f.has("equipment")) {
            return Equipment::none;
        }
        if (f.value("equipment") instanceof SequenceNode) {
            return f.texts("equipment")
                    .<java.util.function.Supplier<Equipment>>map(items -> () -> Equipment.of(items))
                    .orElse(null);
        }
        return f.text("equipment")
                .<java.util.function.Supplier<Equipment>>map(line -> () -> Equipment.ofLine(line))
                .orElse(null);
    }

    /** The media list: each item one image or one video by reference, with its licence (and author). */
    private List<Media> media(Fields f) {
        List<Media> media = new ArrayList<>();
        List<Node> items = f.list("media").orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String at = Pointers.child(f.at("media"), i);
            Optional<Fields> read =
                    Fields.of(items.get(i), at, problems, "a media item (image or video)", MEDIA_FIELDS);
            if (read.isEmpty()) {
                continue;
            }
            Fields m = read.get();
            if (m.has("image") == m.has("video")) {
                problems.add(
                        items.get(i),
                        at,
                        "a media item names exactly one of image or video (its URL or dataset path)"
                                + (m.has("image") ? ", not both" : ""));
                continue;
            }
            MediaKind kind = m.has("image") ? MediaKind.IMAGE : MediaKind.VIDEO;
            int before = problems.size();
            Optional<String> reference = m.text(kind.externalName());
            Optional<String> license = m.requiredText("license");
            String author = m.text("author").orElse(null);
            if (problems.size() > before) {
                continue;
            }
            try {
                media.add(new Media(kind, reference.get(), license.get(), author));
            } catch (InvalidValueException e) {
                String field = e.modelField()
                        .map(refused -> switch (refused) {
                            case MEDIA_LICENSE -> "license";
                            case MEDIA_AUTHOR -> "author";
                            default -> kind.externalName();
                        })
                        .orElse(kind.externalName());
                problems.add(m.value(field), m.at(field), e.getMessage());
            }
        }
        if (media.size() > dev.limber.domain.Limits.MEDIA) {
            problems.add(
                    f.value("media"),
                    f.at("media"),
                    "media must have at most " + dev.limber.domain.Limits.MEDIA + " items (has " + media.size() + ")");
        }
        return media;
    }

    private Optional<Source> source(Node node, String pointer) {
        Optional<Fields> read = Fields.of(node, pointer, problems, "a source", SOURCE_FIELDS);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Fields f = read.get();
        int before = problems.size();
        Optional<String> origin = f.requiredText("origin");
        String originalId = f.text("originalId").orElse(null);
        Optional<String> license = f.requiredText("license");
        String author = f.text("author").orElse(null);
        String url = f.text("url").orElse(null);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return build(f, () -> new Source(origin.get(), originalId, license.get(), author, url));
    }

    Optional<Program> program(Node node, String pointer) {
        Optional<Fields> read = Fields.of(node, pointer, problems, "a program", allowing(PROGRAM_FIELDS));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Fields f = read.get();
        int before = problems.size();
        Optional<ProgramId> id = f.requiredText("id").flatMap(text -> programId(text, f.value("id"), f.at("id")));
        Optional<String> name = f.requiredText("name");
        String description = f.text("description").orElse("");
        List<String> tags = f.texts("tags").orElse(List.of());
        int weeks = f.integer("weeks").orElse(1);
        if (f.has("weeks")) {
            try {
                Program.checkWeeks(weeks);
            } catch (InvalidValueException e) {
                problems.add(f.value("weeks"), f.at("weeks"), e.getMessage());
            }
        }
        Map<String, Node> tagPlaces = new HashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            Node tagNode =
                    Fields.listOf(f.value("tags"), f.at("tags"), problems).get().get(i);
            String at = Pointers.child(f.at("tags"), i);
            try {
                Program.checkTag(i, tags.get(i));
                Node first = tagPlaces.putIfAbsent(tags.get(i), tagNode);
                if (first != null) {
                    problems.add(
                            tagNode,
                            at,
                            "tag " + Quote.single(tags.get(i)) + " is repeated (first at " + Fields.position(first)
                                    + ")");
                }
            } catch (InvalidValueException e) {
                problems.add(tagNode, at, e.getMessage());
            }
        }
        List<Session> sessions = new ArrayList<>();
        if (f.require("sessions")) {
            Map<String, Node> names = new HashMap<>();
            f.list("sessions").ifPresent(items -> {
                for (int i = 0; i < items.size(); i++) {
                    String at = Pointers.child(f.at("sessions"), i);
                    Node item = items.get(i);
                    session(item, at).ifPresent(session -> {
                        Node first = names.putIfAbsent(session.name(), item);
                        if (first != null) {
                            problems.add(
                                    item,
                                    at + "/name",
                                    "session name " + Quote.single(session.name())
                                            + " is used twice in this program (first at " + Fields.position(first)
                                            + ")");
                        }
                        sessions.add(session);
                    });
                }
            });
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return build(f, () -> new Program(id.get(), name.get(), description, tags, sessions, weeks));
    }

    private Optional<Session> session(Node node, String pointer) {
        Optional<Fields> read = Fields.of(node, pointer, problems, "a session", allowing(SESSION_FIELDS));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Fields f = read.get();
        int before = problems.size();
        Optional<String> name = f.requiredText("name");
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        f.list("days").ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String at = Pointers.child(f.at("days"), i);
                Fields.textOf(item, at, problems).ifPresent(text -> {
                    int day = DAYS.indexOf(text.strip());
                    if (day < 0) {
                        problems.add(
                                item,
                                at,
                                "days must be one of " + String.join(", ", DAYS) + " (was " + Quote.doubled(text)
                                        + ")");
                    } else if (!days.add(DayOfWeek.of(day + 1))) {
                        problems.add(item, at, "day " + Quote.single(text) + " is repeated");
                    }
                });
            }
        });
        List<Phase> phases = new ArrayList<>();
        if (f.require("phases")) {
            f.list("phases").ifPresent(items -> {
                for (int i = 0; i < items.size(); i++) {
                    phase(items.get(i), Pointers.child(f.at("phases"), i)).ifPresent(phases::add);
                }
            });
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return build(f, () -> new Session(name.get(), phases, days));
    }

    private Optional<Phase> phase(Node node, String pointer) {
        Optional<Fields> read = Fields.of(node, pointer, problems, "a phase", PHASE_FIELDS);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Fields f = read.get();
        int before = problems.size();
        Optional<PhaseKind> kind = f.require("phase") ? f.named("phase", PhaseKind.class) : Optional.empty();
        List<Step> steps = new ArrayList<>();
        if (f.require("steps")) {
            f.list("steps").ifPresent(items -> {
                for (int i = 0; i < items.size(); i++) {
                    step(items.get(i), Pointers.child(f.at("steps"), i), false).ifPresent(steps::add);
                }
            });
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return build(f, () -> new Phase(kind.get(), steps));
    }

    private Optional<? extends Step> step(Node node, String pointer, boolean inCircuit) {
        if (node instanceof MappingNode mapping && hasKey(mapping, "circuit")) {
            if (inCircuit) {
                problems.add(node, pointer, "a circuit cannot hold another circuit");
                return Optional.empty();
            }
            return circuit(node, pointer);
        }
        return exerciseStep(node, pointer);
    }

    private Optional<Circuit> circuit(Node node, String pointer) {
        Fields f = Fields.of(node, pointer, problems, "a circuit step", CIRCUIT_FIELDS)
                .orElseThrow();
        int before = problems.size();
        Optional<String> name = f.requiredText("circuit");
        Optional<Integer> rounds = f.require("rounds") ? f.integer("rounds") : Optional.empty();
        Duration rest = f.duration("rest").orElse(Duration.ZERO);
        List<ExerciseStep> steps = new ArrayList<>();
        if (f.require("steps")) {
            f.list("steps").ifPresent(items -> {
                for (int i = 0; i < items.size(); i++) {
                    step(items.get(i), Pointers.child(f.at("steps"), i), true)
                            .ifPresent(step -> steps.add((ExerciseStep) step));
                }
            });
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return build(f, () -> new Circuit(name.get(), steps, rounds.get(), rest));
    }

    private Optional<ExerciseStep> exerciseStep(Node node, String pointer) {
        Optional<Fields> read = Fields.of(
                node,
                pointer,
                problems,
                "a step (an exercise step, or a circuit step with fields " + String.join(", ", CIRCUIT_FIELDS) + ")",
                STEP_FIELDS);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Fields f = read.get();
        int before = problems.size();
        Optional<ExerciseId> exercise =
                f.requiredText("exercise").flatMap(text -> exerciseId(text, f.value("exercise"), f.at("exercise")));
        Optional<Dose> dose = Optional.empty();
        List<String> doses = java.util.stream.Stream.of("duration", "reps", "distance")
                .filter(f::has)
                .toList();
        boolean amrap = f.bool("amrap").orElse(false);
        if (doses.size() > 1) {
            String second = doses.get(1);
            problems.add(
                    f.value(second),
                    f.at(second),
                    "a step has one of duration, reps or distance, not both " + doses.get(0) + " and " + second);
        } else if (f.has("duration")) {
            dose = f.duration("duration").flatMap(d -> build(f, () -> new Dose.Timed(d)));
        } else if (f.has("reps")) {
            dose = f.integer("reps").flatMap(n -> build(f, () -> new Dose.Reps(n, amrap)));
        } else if (f.has("distance")) {
            dose = f.textWithUnit("distance", "400m, 1.5km or 1mi")
                    .flatMap(text -> build(f, () -> Dose.Distance.parse(text)));
        } else {
            problems.add(
                    node,
                    pointer + "/duration",
                    "a step needs a duration (like 30s), reps (like 10) or a distance (like 400m)");
        }
        if (amrap && f.has("amrap") && !f.has("reps")) {
            problems.add(
                    f.value("amrap"),
                    f.at("amrap"),
                    "amrap applies to a step with reps only (the reps are the minimum)");
        }
        int sets = f.integer("sets").orElse(1);
        Duration rest = f.duration("rest").orElse(Duration.ZERO);
        Duration hold = f.duration("hold").orElse(null);
        boolean perSide = f.bool("perSide").orElse(false);
        String note = f.text("note").orElse(null);
        DoseSource doseSource = f.named("doseSource", DoseSource.class).orElse(DoseSource.USER);
        Load load = f.textWithUnit("load", "100kg, 75% or bodyweight")
                .flatMap(text -> build(f, () -> Load.parse(text)))
                .orElse(null);
        Tempo tempo = f.text("tempo")
                .flatMap(text -> build(f, () -> Tempo.parse(text)))
                .orElse(null);
        Effort effort = f.has("effort") ? effort(f).orElse(null) : null;
        Progression progression = f.text("progression")
                .flatMap(text -> build(f, () -> Progression.parse(text)))
                .orElse(null);
        RampUpSets rampUp = f.text("rampUp")
                .flatMap(text -> build(f, () -> RampUpSets.parse(text)))
                .orElse(null);
        if (problems.size() > before) {
            return Optional.empty();
        }
        Optional<Dose> work = dose;
        return build(
                f,
                () -> new ExerciseStep(
                        exercise.get(),
                        new Prescription(
                                work.get(), sets, rest, perSide, hold, doseSource, load, effort, tempo, rampUp),
                        note,
                        progression));
    }

    /** {@code effort: {rpe: 7.5}} or {@code effort: {rir: 2}}, never both. */
    private Optional<Effort> effort(Fields step) {
        Optional<Fields> read = Fields.of(
                step.value("effort"), step.at("effort"), problems, "an effort (rpe 1-10 or rir 0-10)", EFFORT_FIELDS);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Fields f = read.get();
        if (f.has("rpe") && f.has("rir")) {
            problems.add(f.value("rir"), f.at("rir"), "an effort has either rpe or rir, not both");
            return Optional.empty();
        }
        if (f.has("rpe")) {
            return f.decimal("rpe").flatMap(value -> build(step, () -> new Effort.Rpe(value)));
        }
        if (f.has("rir")) {
            return f.integer("rir").flatMap(value -> build(step, () -> new Effort.Rir(value)));
        }
        problems.add(f.node(), f.at("rpe"), "an effort needs rpe (1 to 10, like 7.5) or rir (0 to 10, like 2)");
        return Optional.empty();
    }

    private Optional<ExerciseId> exerciseId(String text, Node node, String pointer) {
        try {
            return Optional.of(ExerciseId.of(text));
        } catch (InvalidValueException e) {
            problems.add(node, pointer, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<ProgramId> programId(String text, Node node, String pointer) {
        try {
            return Optional.of(ProgramId.of(text));
        } catch (InvalidValueException e) {
            problems.add(node, pointer, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Builds a domain object, reporting its refusal at the field it names (placed by
     * {@link DocumentPaths} below the object being read) and located at the deepest node of the
     * document on that path.
     */
    private <T> Optional<T> build(Fields f, java.util.function.Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (InvalidValueException e) {
            String relative = DocumentPaths.of(e);
            Node node = Locator.deepest(f.node(), Pointers.segments(relative));
            problems.add(node, f.pointer() + relative, e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean hasKey(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .anyMatch(t -> Tag.STR.equals(t.getKeyNode().getTag())
                        && key.equals(((ScalarNode) t.getKeyNode()).getValue()));
    }
}

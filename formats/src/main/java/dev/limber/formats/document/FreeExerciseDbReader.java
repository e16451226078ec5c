package dev.limber.formats.document;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.ModelField;
import dev.limber.domain.Quote;
import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Equipment;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Force;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Level;
import dev.limber.domain.exercise.Mechanic;
import dev.limber.domain.exercise.Media;
import dev.limber.domain.exercise.Source;
import dev.limber.domain.exercise.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads the free-exercise-db dataset (yuhonas/free-exercise-db, {@code exercises.json}: one JSON
 * array of exercises) into a catalog of exercises, with the same located problems as
 * {@link DocumentReader}. The mapping is documented in {@code docs/document-format.md}:
 * <ul>
 *   <li>id: a lowercase slug of the original id ({@link #slug}); when two original ids give one
 *       slug, the first in string order of the original ids keeps it and the others get
 *       {@code -2}, {@code -3}… in that order (skipping slugs already taken); a slug that is the id
 *       of a built-in exercise (which every Limber database holds) is taken too, so that dataset
 *       exercise gets {@code -2} (the dataset's {@code Plank} becomes {@code plank-2});</li>
 *   <li>category → kind (strength, powerlifting, olympic weightlifting, strongman → strength;
 *       plyometrics → plyometric; cardio → cardio; stretching → soft-tissue, mobility, dynamic or
 *       static-stretch by its force, name and instructions, {@link FreeExerciseDbWords#stretchingKind});</li>
 *   <li>muscles → targets by the table {@link #MUSCLES} ({@code lower back} → {@code lower-back});
 *       a name not in it is a problem; a secondary muscle that is also primary, or repeated, is
 *       dropped;</li>
 *   <li>equipment {@code body only} → nothing needed ({@code body weight}), null → not known
 *       ({@code unknown}), anything else one item; images → media: images by their
 *       dataset-relative path, under the dataset's licence; instructions → cues (blank
 *       ones dropped); laterality from the words of the name and instructions
 *       ({@link FreeExerciseDbWords#laterality});</li>
 *   <li>source: origin {@value #ORIGIN}, the original id, licence {@value #LICENSE}.</li>
 *   <li>instructions → description as well, one line per step (the dataset's instructions are the
 *       how-to); they also stay the cues, as before issue 14, since the dataset has no shorter
 *       coaching cues and a card shows the first; level, mechanic and force → the same named
 *       fields (null: left out).</li>
 * </ul>
 * force also serves the kind of stretching entries. A field the dataset does not have is a
 * problem, so that a changed dataset is noticed rather than half read.
 */
public final class FreeExerciseDbReader {
    public static final String ORIGIN = "free-exercise-db (yuhonas)";
    public static final String LICENSE = "The Unlicense";
    /** The dataset's word for "no equipment". */
    static final String BODY_ONLY = "body only";

    static final List<String> FIELDS = List.of(
            "id",
            "name",
            "force",
            "level",
            "mechanic",
            "equipment",
            "primaryMuscles",
            "secondaryMuscles",
            "instructions",
            "category",
            "images");
    private static final Map<String, ExerciseKind> KINDS = kinds();

    /**
     * The dataset's 17 muscles → target: the table docs/document-format.md prints. Each is one of
     * Limber's areas; a name not in it is a located problem, never dropped.
     */
    static final Map<String, Target> MUSCLES = muscles();

    /**
     * A dataset read: its exercises in file order, the original ids that had to take a suffixed
     * slug because another took theirs (original id → slug), and a locator for later problems.
     */
    public record Import(Catalog catalog, Map<String, String> renamed, Locator locator) {
        public Import {
            renamed = Map.copyOf(renamed);
        }
    }

    private final ReadLimits limits;

    public FreeExerciseDbReader() {
        this(ReadLimits.defaults());
    }

    public FreeExerciseDbReader(ReadLimits limits) {
        this.limits = limits;
    }

    public Catalog read(Path file) {
        return parse(file).catalog();
    }

    public Catalog read(String source, byte[] content) {
        return parse(source, content).catalog();
    }

    public Import parse(Path file) {
        return parse(file, ReadProgress.NONE);
    }

    /** Like {@link #parse(Path)}, telling {@code progress} how far reading and checking have come. */
    public Import parse(Path file, ReadProgress progress) {
        return parse(file.toString(), DatasetSlugs.read(file, limits, progress), progress);
    }

    public Import parse(String source, byte[] content) {
        return parse(source, content, ReadProgress.NONE);
    }

    private Import parse(String source, byte[] content, ReadProgress progress) {
        Problems problems = new Problems(source);
        Optional<Node> root = SyntaxReader.read(content, DocumentFormat.JSON, limits, problems, progress::readUpTo);
        if (root.isEmpty()) {
            throw new DocumentException(problems.list());
        }
        Optional<List<Node>> items = Fields.listOf(root.get(), "", problems);
        if (items.isEmpty()) {
            throw new DocumentException(problems.list());
        }
        List<Entry> entries = new ArrayList<>();
        progress.checking(items.get().size());
        for (int i = 0; i < items.get().size(); i++) {
            entry(items.get().get(i), "/" + i, problems).ifPresent(entries::add);
            progress.checked();
        }
        Map<String, String> renamed = new TreeMap<>();
        Map<Entry, String> slugs = DatasetSlugs.assign(entries, String::compareTo, "/id", renamed, problems);
        List<Located<Exercise>> exercises = new ArrayList<>();
        for (Entry entry : entries) {
            String slug = slugs.get(entry);
            if (slug == null) {
                continue;
            }
            try {
                Exercise exercise = entry.builder().apply(ExerciseId.of(slug));
                exercises.add(Located.of(exercise, source, entry.node(), entry.pointer()));
            } catch (InvalidValueException e) {
                String field = datasetField(e);
                problems.add(
                        Locator.deepest(entry.node(), Pointers.segments(field)),
                        entry.pointer() + field,
                        e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new DocumentException(problems.list());
        }
        Catalog catalog = new Catalog(exercises.stream().map(Located::value).toList(), List.of());
        return new Import(catalog, renamed, Locator.of(source, root.get(), exercises, List.of()));
    }

    /** The slug of an original id: lowercase, each run of other characters one hyphen, trimmed. */
    public static String slug(String originalId) {
        return DatasetSlugs.slug(originalId);
    }

    /** Laterality from the words of the name and instructions ({@link FreeExerciseDbWords#laterality}). */
    static Laterality laterality(String name, List<String> instructions) {
        return FreeExerciseDbWords.laterality(name, instructions);
    }

    /** One item of the array, read but not yet given its slug. */
    private record Entry(
            String originalId, Node node, String pointer, java.util.function.Function<ExerciseId, Exercise> builder)
            implements DatasetSlugs.Item {
        @Override
        public String slugSource() {
            return originalId;
        }

        @Override
        public String slugSourceLabel() {
            return "id '" + originalId + "'";
        }
    }

    private Optional<Entry> entry(Node node, String pointer, Problems problems) {
        Optional<Fields> read = Fields.of(node, pointer, problems, "a free-exercise-db exercise", FIELDS);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Fields f = read.get();
        int before = problems.size();
        Optional<String> id = f.requiredText("id");
        Optional<String> name = f.requiredText("name");
        Optional<ExerciseKind> kind = f.requiredText("category").flatMap(category -> {
            ExerciseKind mapped = KINDS.get(category.strip().toLowerCase(Locale.ROOT));
            if (mapped == null) {
                problems.add(
                        f.value("category"),
                        f.at("category"),
                        "category must be one of " + String.join(", ", KINDS.keySet()) + " (was "
                                + Quote.doubled(category) + ")");
            }
            return Optional.ofNullable(mapped);
        });
        Optional<List<Target>> primary =
                f.require("primaryMuscles") ? muscles(f, "primaryMuscles", problems) : Optional.empty();
        List<Target> secondary = muscles(f, "secondaryMuscles", problems).orElse(List.of());
        Optional<String> force =
                f.has("force") && !Tag.NULL.equals(f.value("force").getTag()) ? f.text("force") : Optional.empty();
        // The dataset's null is "not said", which is not "body only" (issue 14); the item is
        // checked with the exercise, which places a refusal at the item.
        String equipmentText = null;
        if (f.has("equipment") && !Tag.NULL.equals(f.value("equipment").getTag())) {
            equipmentText = f.text("equipment").map(String::strip).orElse(null);
        }
        List<String> images =
                f.has("images") && !Tag.NULL.equals(f.value("images").getTag())
                        ? f.texts("images").orElse(List.of())
                        : List.of();
        List<String> cues = f.texts("instructions").orElse(List.of()).stream()
                .filter(text -> !text.isBlank())
                .toList();
        Optional<Level> level = present(f, "level") ? f.named("level", Level.class) : Optional.empty();
        Optional<Mechanic> mechanic = present(f, "mechanic") ? f.named("mechanic", Mechanic.class) : Optional.empty();
        Optional<Force> forceNamed = force.flatMap(
                text -> Fields.namedOf(Force.class, "force", text.strip(), f.value("force"), f.at("force"), problems));
        if (problems.size() > before) {
            return Optional.empty();
        }
        Set<Target> primarySet = new LinkedHashSet<>(primary.get());
        List<Target> secondaryKept = new ArrayList<>(new LinkedHashSet<>(secondary));
        secondaryKept.removeAll(primarySet);
        Laterality laterality = laterality(name.get(), cues);
        ExerciseKind meant = kind.get() == ExerciseKind.STATIC_STRETCH
                ? FreeExerciseDbWords.stretchingKind(
                        id.get(),
                        name.get(),
                        force.orElse(null),
                        equipmentText == null ? Equipment.UNKNOWN_WORD : equipmentText,
                        cues)
                : kind.get();
        String equipmentUsed = equipmentText;
        return Optional.of(new Entry(
                id.get(),
                node,
                pointer,
                slug -> Exercise.builder(slug.value(), name.get())
                        .kind(meant)
                        .laterality(laterality)
                        .primary(List.copyOf(primarySet))
                        .secondary(secondaryKept)
                        .equipment(
                                equipmentUsed == null
                                        ? Equipment.unknown()
                                        : equipmentUsed.equalsIgnoreCase(BODY_ONLY)
                                                ? Equipment.none()
                                                : Equipment.of(equipmentUsed))
                        .cues(cues)
                        .source(new Source(ORIGIN, id.get(), LICENSE))
                        .description(cues.isEmpty() ? null : String.join("\n", cues))
                        .level(level.orElse(null))
                        .mechanic(mechanic.orElse(null))
                        .force(forceNamed.orElse(null))
                        .media(images.stream()
                                .map(image -> Media.image(image.strip(), LICENSE))
                                .toList())
                        .build()));
    }

    /** A field that is there and not null (the dataset writes {@code null} for "not said"). */
    private static boolean present(Fields f, String field) {
        return f.has(field) && !Tag.NULL.equals(f.value(field).getTag());
    }

    private static Optional<List<Target>> muscles(Fields f, String field, Problems problems) {
        Optional<List<String>> names = f.texts(field);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        List<Target> targets = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < names.get().size(); i++) {
            String muscle = names.get().get(i);
            Optional<Target> target =
                    Optional.ofNullable(MUSCLES.get(muscle.strip().toLowerCase(Locale.ROOT)));
            if (target.isEmpty()) {
                Node item = Fields.listOf(f.value(field), f.at(field), problems)
                        .get()
                        .get(i);
                problems.add(
                        item,
                        Pointers.child(f.at(field), i),
                        field + " must be one of " + String.join(", ", MUSCLES.keySet()) + " (was "
                                + Quote.doubled(muscle) + ")");
            }
            target.ifPresent(targets::add);
            ok &= target.isPresent();
        }
        return ok ? Optional.of(targets) : Optional.empty();
    }

    /** Where a field of the domain's exercise comes from in a dataset item (one exhaustive switch). */
    private static String datasetField(InvalidValueException refused) {
        String item = refused.index().isPresent() ? "/" + refused.index().getAsInt() : "";
        return refused.modelField().map(field -> datasetPath(field) + item).orElse("");
    }

    private static String datasetPath(ModelField field) {
        return switch (field) {
            case EXERCISE_ID -> "/id";
            case EXERCISE_NAME -> "/name";
            case EXERCISE_KIND -> "/category";
            case EXERCISE_PRIMARY -> "/primaryMuscles";
            case EXERCISE_SECONDARY -> "/secondaryMuscles";
            case EXERCISE_CUES -> "/instructions";
            // Not in the dataset: named as in a Limber document, located at the item.
            case EXERCISE_LATERALITY -> "/laterality";
            case EXERCISE_VARIATIONS -> "/variations";
            case EXERCISE_SOURCE -> "/source";
            case SOURCE_ORIGIN -> "/source/origin";
            case SOURCE_LICENSE -> "/source/license";
            case EXERCISE_EQUIPMENT -> "/equipment";
            // The original id is the dataset's id.
            case SOURCE_ORIGINAL_ID -> "/id";
            case EXERCISE_STARTING_POSITION -> "/startingPosition";
            case EXERCISE_CAUTION -> "/caution";
            // The instructions are also the description.
            case EXERCISE_DESCRIPTION -> "/instructions";
            case EXERCISE_LEVEL -> "/level";
            case EXERCISE_MECHANIC -> "/mechanic";
            case EXERCISE_FORCE -> "/force";
            // Not in the dataset: named as in a Limber document, located at the item.
            case EXERCISE_ALIASES -> "/aliases";
            case SOURCE_AUTHOR -> "/source/author";
            case SOURCE_URL -> "/source/url";
            // Fields of programs: a dataset holds exercises only.
            case PROGRAM_ID,
                    PROGRAM_NAME,
                    PROGRAM_DESCRIPTION,
                    PROGRAM_TAGS,
                    PROGRAM_SESSIONS,
                    PROGRAM_WEEKS,
                    SESSION_NAME,
                    SESSION_PHASES,
                    SESSION_DAYS,
                    PHASE_KIND,
                    PHASE_STEPS,
                    CIRCUIT_NAME,
                    CIRCUIT_STEPS,
                    CIRCUIT_ROUNDS,
                    CIRCUIT_REST_BETWEEN_ROUNDS,
                    STEP_EXERCISE,
                    STEP_PRESCRIPTION,
                    STEP_NOTE,
                    STEP_PROGRESSION,
                    PRESCRIPTION_DOSE,
                    PRESCRIPTION_SETS,
                    PRESCRIPTION_REST,
                    PRESCRIPTION_PER_SIDE,
                    PRESCRIPTION_HOLD,
                    PRESCRIPTION_SOURCE,
                    PRESCRIPTION_LOAD,
                    PRESCRIPTION_EFFORT,
                    PRESCRIPTION_TEMPO,
                    PRESCRIPTION_RAMP_UP,
                    EFFORT_RPE,
                    EFFORT_RIR,
                    DOSE_DURATION,
                    DOSE_REPS,
                    DOSE_AMRAP,
                    DOSE_DISTANCE,
                    WEIGHT -> "";
            case EXERCISE_MEDIA, MEDIA_KIND, MEDIA_REFERENCE -> "/images";
            // The dataset's licence, not a field of the item: located at the item.
            case MEDIA_LICENSE, MEDIA_AUTHOR, EXERCISE_VARIATION_OF -> "";
        };
    }

    private static Map<String, Target> muscles() {
        Map<String, Target> muscles = new LinkedHashMap<>();
        muscles.put("abdominals", Target.ABDOMINALS);
        muscles.put("abductors", Target.ABDUCTORS);
        muscles.put("adductors", Target.ADDUCTORS);
        muscles.put("biceps", Target.BICEPS);
        muscles.put("calves", Target.CALVES);
        muscles.put("chest", Target.CHEST);
        muscles.put("forearms", Target.FOREARMS);
        muscles.put("glutes", Target.GLUTES);
        muscles.put("hamstrings", Target.HAMSTRINGS);
        muscles.put("lats", Target.LATS);
        muscles.put("lower back", Target.LOWER_BACK);
        muscles.put("middle back", Target.MIDDLE_BACK);
        muscles.put("neck", Target.NECK);
        muscles.put("quadriceps", Target.QUADRICEPS);
        muscles.put("shoulders", Target.SHOULDERS);
        muscles.put("traps", Target.TRAPS);
        muscles.put("triceps", Target.TRICEPS);
        return java.util.Collections.unmodifiableMap(muscles);
    }

    private static Map<String, ExerciseKind> kinds() {
        Map<String, ExerciseKind> kinds = new LinkedHashMap<>();
        kinds.put("strength", ExerciseKind.STRENGTH);
        kinds.put("powerlifting", ExerciseKind.STRENGTH);
        kinds.put("olympic weightlifting", ExerciseKind.STRENGTH);
        kinds.put("strongman", ExerciseKind.STRENGTH);
        kinds.put("stretching", ExerciseKind.STATIC_STRETCH);
        kinds.put("plyometrics", ExerciseKind.PLYOMETRIC);
        kinds.put("cardio", ExerciseKind.CARDIO);
        return java.util.Collections.unmodifiableMap(kinds);
    }
}

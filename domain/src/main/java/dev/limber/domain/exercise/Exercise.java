package dev.limber.domain.exercise;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import dev.limber.domain.guard.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * One exercise of a catalog. Immutable and validated at construction; build it with
 * {@link #builder(String, String)}.
 *
 * @param id               stable slug, e.g. {@code leg-swings}
 * @param name             display name
 * @param kind             what it does, which decides where it belongs in a session
 * @param laterality       both sides at once, per side, or alternating
 * @param primary          main areas worked, in order of importance; empty for an exercise with no
 *                         muscle focus (running, swimming, carries)
 * @param secondary        areas worked as well; none of them also primary
 * @param equipment        what it needs: nothing (body weight), not known, or named items
 * @param startingPosition how to stand or lie before the first rep, or {@code null}
 * @param cues             ordered short instructions
 * @param variations       other ways to do it
 * @param caution          a safety note shown with it, or {@code null}
 * @param source           where it came from and under which licence
 * @param description      how to do it, the full instructions (which may span lines), or {@code null};
 *                         the short coaching cues are {@code cues}
 * @param aliases          other names it goes by, one line each, found by a catalog search like the name
 * @param level            the experience it asks for, or {@code null} when not graded
 * @param mechanic         compound or isolation, or {@code null} when not said
 * @param force            push, pull or static, or {@code null} when not said
 * @param media            images and videos of it, by reference, each with its licence
 * @param variationOf      the exercise this one is a variation of, or {@code null}
 */
public record Exercise(
        ExerciseId id,
        String name,
        ExerciseKind kind,
        Laterality laterality,
        List<Target> primary,
        List<Target> secondary,
        Equipment equipment,
        String startingPosition,
        List<String> cues,
        List<String> variations,
        String caution,
        Source source,
        String description,
        List<String> aliases,
        Level level,
        Mechanic mechanic,
        Force force,
        List<Media> media,
        ExerciseId variationOf) {

    /** How nothing needed is worded: {@link Equipment#NONE_WORD}. */
    public static final String NO_EQUIPMENT = Equipment.NONE_WORD;

    /** An exercise with none of the fields issue 14 added (what every exercise had before it). */
    public Exercise(
            ExerciseId id,
            String name,
            ExerciseKind kind,
            Laterality laterality,
            List<Target> primary,
            List<Target> secondary,
            Equipment equipment,
            String startingPosition,
            List<String> cues,
            List<String> variations,
            String caution,
            Source source) {
        this(
                id,
                name,
                kind,
                laterality,
                primary,
                secondary,
                equipment,
                startingPosition,
                cues,
                variations,
                caution,
                source,
                null,
                List.of(),
                null,
                null,
                null,
                List.of(),
                null);
    }

    public Exercise {
        Checks.required(ModelField.EXERCISE_ID, id);
        name = Checks.line(ModelField.EXERCISE_NAME, name, Limits.NAME);
        Checks.required(ModelField.EXERCISE_KIND, kind);
        Checks.required(ModelField.EXERCISE_LATERALITY, laterality);
        // Empty for running, swimming, carries: the rules and the warm-up builder then find no area in it.
        primary = distinct(ModelField.EXERCISE_PRIMARY, Checks.list(ModelField.EXERCISE_PRIMARY, primary));
        secondary = distinct(ModelField.EXERCISE_SECONDARY, Checks.list(ModelField.EXERCISE_SECONDARY, secondary));
        for (Target target : secondary) {
            if (primary.contains(target)) {
                throw new InvalidValueException(
                        ModelField.EXERCISE_SECONDARY, target.externalName(), "must not repeat a primary target");
            }
        }
        equipment = equipment == null ? Equipment.none() : equipment;
        startingPosition =
                Checks.paragraphOrNull(ModelField.EXERCISE_STARTING_POSITION, startingPosition, Limits.PARAGRAPH);
        cues = Checks.texts(ModelField.EXERCISE_CUES, cues, Limits.CUES, Limits.PARAGRAPH);
        variations = Checks.texts(ModelField.EXERCISE_VARIATIONS, variations, Limits.VARIATIONS, Limits.PARAGRAPH);
        caution = Checks.paragraphOrNull(ModelField.EXERCISE_CAUTION, caution, Limits.PARAGRAPH);
        Checks.required(ModelField.EXERCISE_SOURCE, source);
        description = Checks.paragraphOrNull(ModelField.EXERCISE_DESCRIPTION, description, Limits.EXERCISE_DESCRIPTION);
        aliases = Checks.lines(ModelField.EXERCISE_ALIASES, aliases, Limits.ALIASES, Limits.NAME);
        media = Checks.atMost(ModelField.EXERCISE_MEDIA, Checks.list(ModelField.EXERCISE_MEDIA, media), Limits.MEDIA);
        if (id.equals(variationOf)) {
            throw new InvalidValueException(
                    ModelField.EXERCISE_VARIATION_OF, variationOf.value(), "must name another exercise, not itself");
        }
    }

    /** The exercise this one is a variation of, if it names one. */
    public Optional<ExerciseId> variationOfId() {
        return Optional.ofNullable(variationOf);
    }

    /** Every area it works, primary first. */
    public List<Target> targets() {
        List<Target> all = new ArrayList<>(primary);
        all.addAll(secondary);
        return List.copyOf(all);
    }

    /**
     * Whether it works the target, as primary or secondary, itself or through a finer part of it:
     * an exercise for the {@code soleus} works the {@code calves}.
     */
    public boolean works(Target target) {
        for (Target worked : primary) {
            if (worked.isPartOf(target)) {
                return true;
            }
        }
        for (Target worked : secondary) {
            if (worked.isPartOf(target)) {
                return true;
            }
        }
        return false;
    }

    /** The first cue: the one a routine card prints. */
    public Optional<String> keyCue() {
        return cues.isEmpty() ? Optional.empty() : Optional.of(cues.get(0));
    }

    public Optional<String> cautionNote() {
        return Optional.ofNullable(caution);
    }

    /** Whether it works some area as its main focus; running and carries do not. */
    public boolean hasFocus() {
        return !primary.isEmpty();
    }

    public static Builder builder(String id, String name) {
        return new Builder(ExerciseId.of(id), name);
    }

    /** A builder that starts from this exercise, for changing one thing. */
    public Builder toBuilder() {
        Builder b = new Builder(id, name);
        b.kind = kind;
        b.laterality = laterality;
        b.primary = new ArrayList<>(primary);
        b.secondary = new ArrayList<>(secondary);
        b.equipment = equipment;
        b.startingPosition = startingPosition;
        b.cues = new ArrayList<>(cues);
        b.variations = new ArrayList<>(variations);
        b.caution = caution;
        b.source = source;
        b.description = description;
        b.aliases = new ArrayList<>(aliases);
        b.level = level;
        b.mechanic = mechanic;
        b.force = force;
        b.media = new ArrayList<>(media);
        b.variationOf = variationOf;
        return b;
    }

    private static List<Target> distinct(ModelField field, List<Target> values) {
        // An EnumSet, not a LinkedHashSet: no node per target for each exercise built.
        EnumSet<Target> seen = EnumSet.noneOf(Target.class);
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                throw new InvalidValueException(field, values, "must not name a target twice");
            }
        }
        return values;
    }

    /** Fluent construction; {@link #build()} validates everything at once. */
    public static final class Builder {
        private final ExerciseId id;
        private final String name;
        private ExerciseKind kind = ExerciseKind.DYNAMIC;
        private Laterality laterality = Laterality.BILATERAL;
        private List<Target> primary = new ArrayList<>();
        private List<Target> secondary = new ArrayList<>();
        private Equipment equipment = Equipment.none();
        private String startingPosition;
        private List<String> cues = new ArrayList<>();
        private List<String> variations = new ArrayList<>();
        private String caution;
        private Source source = Source.BUILT_IN;
        private String description;
        private List<String> aliases = new ArrayList<>();
        private Level level;
        private Mechanic mechanic;
        private Force force;
        private List<Media> media = new ArrayList<>();
        private ExerciseId variationOf;

        private Builder(ExerciseId id, String name) {
            this.id = id;
            this.name = name;
        }

        public Builder kind(ExerciseKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder laterality(Laterality laterality) {
            this.laterality = laterality;
            return this;
        }

        public Builder primary(Target... targets) {
            this.primary = new ArrayList<>(Arrays.asList(targets));
            return this;
        }

        public Builder primary(List<Target> targets) {
            this.primary = new ArrayList<>(targets);
            return this;
        }

        public Builder secondary(Target... targets) {
            this.secondary = new ArrayList<>(Arrays.asList(targets));
            return this;
        }

        public Builder secondary(List<Target> targets) {
            this.secondary = new ArrayList<>(targets);
            return this;
        }

        public Builder equipment(Equipment equipment) {
            this.equipment = equipment;
            return this;
        }

        /** Equipment of one or more named items (none named: nothing needed). */
        public Builder equipment(String... items) {
            this.equipment = Equipment.of(items);
            return this;
        }

        public Builder startingPosition(String startingPosition) {
            this.startingPosition = startingPosition;
            return this;
        }

        public Builder cues(String... cues) {
            this.cues = new ArrayList<>(Arrays.asList(cues));
            return this;
        }

        public Builder cues(List<String> cues) {
            this.cues = new ArrayList<>(cues);
            return this;
        }

        public Builder variations(String... variations) {
            this.variations = new ArrayList<>(Arrays.asList(variations));
            return this;
        }

        public Builder variations(List<String> variations) {
            this.variations = new ArrayList<>(variations);
            return this;
        }

        public Builder caution(String caution) {
            this.caution = caution;
            return this;
        }

        public Builder source(Source source) {
            this.source = source;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder aliases(String... aliases) {
            this.aliases = new ArrayList<>(Arrays.asList(aliases));
            return this;
        }

        public Builder aliases(List<String> aliases) {
            this.aliases = new ArrayList<>(aliases);
            return this;
        }

        public Builder level(Level level) {
            this.level = level;
            return this;
        }

        public Builder mechanic(Mechanic mechanic) {
            this.mechanic = mechanic;
            return this;
        }

        public Builder force(Force force) {
            this.force = force;
            return this;
        }

        public Builder media(Media... media) {
            this.media = new ArrayList<>(Arrays.asList(media));
            return this;
        }

        public Builder media(List<Media> media) {
            this.media = new ArrayList<>(media);
            return this;
        }

        /** The exercise this one is a variation of ({@code null}: none). */
        public Builder variationOf(ExerciseId variationOf) {
            this.variationOf = variationOf;
            return this;
        }

        public Builder variationOf(String variationOf) {
            this.variationOf = variationOf == null ? null : ExerciseId.of(variationOf);
            return this;
        }

        public Exercise build() {
            return new Exercise(
                    id,
                    name,
                    kind,
                    laterality,
                    primary,
                    secondary,
                    equipment,
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
                    variationOf);
        }
    }
}

package dev.limber.formats.document;

import dev.limber.domain.catalog.Catalog;
import dev.limber.domain.exercise.Equipment;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Media;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.Dose;
import dev.limber.domain.program.DoseSource;
import dev.limber.domain.program.Effort;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import dev.limber.formats.duration.DurationText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The domain as the plain maps and lists of a document, fields in the documented order, with
 * defaults left out (bilateral, one set, no rest, not per side, dose chosen by the user, the
 * default source), so that what is written reads back to an equal catalog.
 */
final class DocumentTree {
    private DocumentTree() {}

    static Map<String, Object> document(Catalog catalog) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("limber", DocumentMapping.FORMAT_VERSION);
        if (!catalog.exercises().isEmpty()) {
            root.put(
                    "exercises",
                    catalog.exercises().stream().map(DocumentTree::exercise).toList());
        }
        if (!catalog.programs().isEmpty()) {
            root.put(
                    "programs",
                    catalog.programs().stream().map(DocumentTree::program).toList());
        }
        return root;
    }

    static Map<String, Object> exercise(Exercise exercise) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", exercise.id().value());
        map.put("name", exercise.name());
        map.put("kind", exercise.kind().externalName());
        if (exercise.laterality() != Laterality.BILATERAL) {
            map.put("laterality", exercise.laterality().externalName());
        }
        map.put("primary", names(exercise.primary()));
        map.put("secondary", names(exercise.secondary()));
        map.put("equipment", equipment(exercise.equipment()));
        putIfPresent(map, "startingPosition", exercise.startingPosition());
        map.put("cues", exercise.cues());
        if (!exercise.variations().isEmpty()) {
            map.put("variations", exercise.variations());
        }
        putIfPresent(map, "caution", exercise.caution());
        if (!exercise.source().equals(DocumentMapping.DEFAULT_SOURCE)) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("origin", exercise.source().origin());
            putIfPresent(source, "originalId", exercise.source().originalId());
            source.put("license", exercise.source().license());
            putIfPresent(source, "author", exercise.source().author());
            putIfPresent(source, "url", exercise.source().url());
            map.put("source", source);
        }
        putIfPresent(map, "description", exercise.description());
        if (!exercise.aliases().isEmpty()) {
            map.put("aliases", exercise.aliases());
        }
        putIfPresent(
                map, "level", exercise.level() == null ? null : exercise.level().externalName());
        putIfPresent(
                map,
                "mechanic",
                exercise.mechanic() == null ? null : exercise.mechanic().externalName());
        putIfPresent(
                map, "force", exercise.force() == null ? null : exercise.force().externalName());
        if (!exercise.media().isEmpty()) {
            map.put("media", exercise.media().stream().map(DocumentTree::media).toList());
        }
        if (exercise.variationOf() != null) {
            map.put("variationOf", exercise.variationOf().value());
        }
        return map;
    }

    /**
     * Equipment's one canonical form: a line when one reads it back ({@code body weight},
     * {@code unknown}, or a single item that is neither word), else a list of the items.
     */
    static Object equipment(Equipment equipment) {
        return equipment.fitsOneLine() ? equipment.text() : equipment.items();
    }

    static Map<String, Object> media(Media media) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(media.kind().externalName(), media.reference());
        map.put("license", media.license());
        putIfPresent(map, "author", media.author());
        return map;
    }

    static Map<String, Object> program(Program program) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", program.id().value());
        map.put("name", program.name());
        if (!program.description().isEmpty()) {
            map.put("description", program.description());
        }
        map.put("tags", program.tags());
        if (program.weeks() != 1) {
            map.put("weeks", program.weeks());
        }
        List<Object> sessions = new ArrayList<>();
        for (Session session : program.sessions()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", session.name());
            if (!session.days().isEmpty()) {
                s.put(
                        "days",
                        session.orderedDays().stream()
                                .map(day -> DocumentMapping.DAYS.get(day.getValue() - 1))
                                .toList());
            }
            List<Object> phases = new ArrayList<>();
            for (Phase phase : session.phases()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("phase", phase.kind().externalName());
                p.put("steps", phase.steps().stream().map(DocumentTree::step).toList());
                phases.add(p);
            }
            s.put("phases", phases);
            sessions.add(s);
        }
        map.put("sessions", sessions);
        return map;
    }

    private static Map<String, Object> step(Step step) {
        if (step instanceof Circuit circuit) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("circuit", circuit.name());
            map.put("rounds", circuit.rounds());
            if (!circuit.restBetweenRounds().isZero()) {
                map.put("rest", compact(circuit.restBetweenRounds()));
            }
            map.put(
                    "steps",
                    circuit.steps().stream().map(DocumentTree::exerciseStep).toList());
            return map;
        }
        return exerciseStep((ExerciseStep) step);
    }

    /** {@code {rpe: 7}} or {@code {rpe: 7.5}} (a whole number when it is one), or {@code {rir: 2}}. */
    static Map<String, Object> effort(Effort effort) {
        if (effort instanceof Effort.Rpe rpe) {
            java.math.BigDecimal value = rpe.value();
            return Map.of("rpe", value.scale() == 0 ? (Object) value.intValueExact() : (Object) value.doubleValue());
        }
        return Map.of("rir", ((Effort.Rir) effort).reps());
    }

    private static Map<String, Object> exerciseStep(ExerciseStep step) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("exercise", step.exercise().value());
        Prescription dose = step.prescription();
        if (dose.dose() instanceof Dose.Timed timed) {
            map.put("duration", compact(timed.duration()));
        } else if (dose.dose() instanceof Dose.Reps reps) {
            map.put("reps", reps.count());
            if (reps.amrap()) {
                map.put("amrap", true);
            }
        } else {
            map.put("distance", ((Dose.Distance) dose.dose()).text());
        }
        if (dose.sets() != 1) {
            map.put("sets", dose.sets());
        }
        if (!dose.rest().isZero()) {
            map.put("rest", compact(dose.rest()));
        }
        if (dose.hold() != null) {
            map.put("hold", compact(dose.hold()));
        }
        if (dose.tempo() != null) {
            map.put("tempo", dose.tempo().text());
        }
        if (dose.perSide()) {
            map.put("perSide", true);
        }
        if (dose.load() != null) {
            map.put("load", dose.load().text());
        }
        if (dose.effort() != null) {
            map.put("effort", effort(dose.effort()));
        }
        if (dose.rampUp() != null) {
            map.put("rampUp", dose.rampUp().text());
        }
        putIfPresent(map, "note", step.note());
        if (step.progression() != null) {
            map.put("progression", step.progression().text());
        }
        if (dose.source() != DoseSource.USER) {
            map.put("doseSource", dose.source().externalName());
        }
        return map;
    }

    /** Compact when whole seconds, which the domain requires of doses and rests; ISO-8601 otherwise. */
    private static String compact(Duration duration) {
        return DurationText.write(duration);
    }

    private static List<String> names(List<Target> targets) {
        return targets.stream().map(Target::externalName).toList();
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}

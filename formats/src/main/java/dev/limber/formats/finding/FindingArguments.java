package dev.limber.formats.finding;

import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.rules.Phrase;
import dev.limber.formats.duration.DurationText;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finding's named arguments as JSON-ready data, the same for the service and {@code limber
 * validate --output json}: numbers stay numbers, durations are written as documents write them
 * ({@code 1m30s}), exercise ids, targets and phases as their ids ({@code back-squat},
 * {@code lower-back}, {@code warm-up}), lists as arrays, and a nested fragment as an object with its
 * own {@code key} and {@code arguments}.
 */
public final class FindingArguments {
    private FindingArguments() {}

    /** The arguments, in their order, as maps, lists, strings and numbers. */
    public static Map<String, Object> plain(Map<String, Object> arguments) {
        Map<String, Object> plain = new LinkedHashMap<>();
        arguments.forEach((name, value) -> plain.put(name, value(value)));
        return plain;
    }

    private static Object value(Object value) {
        if (value instanceof Phrase phrase) {
            Map<String, Object> fragment = new LinkedHashMap<>();
            fragment.put("key", phrase.key());
            fragment.put("arguments", plain(phrase.arguments()));
            return fragment;
        }
        if (value instanceof List<?> items) {
            return items.stream().map(FindingArguments::value).toList();
        }
        if (value instanceof Duration duration) {
            return DurationText.write(duration);
        }
        if (value instanceof Number number) {
            return number;
        }
        if (value instanceof ExerciseId id) {
            return id.value();
        }
        if (value instanceof Target target) {
            return target.externalName();
        }
        if (value instanceof PhaseKind phase) {
            return phase.externalName();
        }
        return String.valueOf(value);
    }
}

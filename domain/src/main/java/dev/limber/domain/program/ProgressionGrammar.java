package dev.limber.domain.program;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.ModelField;
import dev.limber.domain.load.Weight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one written form of a {@link Progression}. */
final class ProgressionGrammar {
    private static final String WEIGHT = "(\\d{1,4}(?:\\.\\d{1,3})?\\s?(?:kg|lb))";
    private static final Pattern LINEAR = Pattern.compile("linear\\s+\\+\\s?" + WEIGHT
            + "\\s+per\\s+(\\S+)(?:\\s*,\\s*deload\\s+(\\d{1,3})\\s?%\\s+after\\s+(\\d{1,3})\\s+miss(?:es)?)?");
    private static final Pattern DOUBLE =
            Pattern.compile("double\\s+(\\d{1,4})\\s?-\\s?(\\d{1,4})\\s+\\+\\s?" + WEIGHT);
    private static final Pattern WEEK =
            Pattern.compile("(\\d{1,3}(?:\\.\\d)?)\\s?%\\s?x\\s?(\\d{1,4})\\s?x\\s?(\\d{1,4})");
    private static final String FORMS = "must be one of: linear +2.5kg per session (or per week)"
            + "[, deload 10% after 3 misses]; double 8-12 +2.5kg; weekly 65%x5x3, 75%x5x3[, deload 40%x5x3]";

    private ProgressionGrammar() {}

    static Progression parse(String text) {
        if (text == null || text.length() > Progression.MAX_TEXT) {
            throw new InvalidValueException(
                    ModelField.STEP_PROGRESSION,
                    text,
                    text == null ? FORMS : "must be at most " + Progression.MAX_TEXT + " characters");
        }
        String written = text.strip();
        Matcher linear = LINEAR.matcher(written);
        if (linear.matches()) {
            Progression.Cadence every = Progression.Cadence.SESSION;
            try {
                every = dev.limber.domain.Named.parse(Progression.Cadence.class, "per", linear.group(2));
            } catch (InvalidValueException refused) {
                throw new InvalidValueException(
                        ModelField.STEP_PROGRESSION, text, "adds its load per session or per week");
            }
            Weight increment = increment(text, linear.group(1));
            return linear.group(3) == null
                    ? Progression.Linear.of(increment, every)
                    : new Progression.Linear(
                            increment, every, Integer.parseInt(linear.group(3)), Integer.parseInt(linear.group(4)));
        }
        Matcher twice = DOUBLE.matcher(written);
        if (twice.matches()) {
            return new Progression.DoubleProgression(
                    Integer.parseInt(twice.group(1)),
                    Integer.parseInt(twice.group(2)),
                    increment(text, twice.group(3)));
        }
        if (written.startsWith("weekly ")) {
            return weekly(text, written.substring("weekly ".length()));
        }
        throw new InvalidValueException(ModelField.STEP_PROGRESSION, text, FORMS);
    }

    private static Weight increment(String text, String weight) {
        try {
            return Weight.parse(weight);
        } catch (InvalidValueException refused) {
            throw new InvalidValueException(
                    ModelField.STEP_PROGRESSION,
                    text,
                    "adds more than 0 and at most " + Progression.MAX_INCREMENT + " kg or lb, like +2.5kg");
        }
    }

    private static Progression weekly(String text, String list) {
        List<Progression.WeekLoad> weeks = new ArrayList<>();
        Progression.WeekLoad deload = null;
        String[] parts = list.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            boolean isDeload = part.startsWith("deload ");
            if (isDeload && i != parts.length - 1) {
                throw new InvalidValueException(
                        ModelField.STEP_PROGRESSION, text, "gives its deload week last, after the weeks of the wave");
            }
            Matcher week =
                    WEEK.matcher(isDeload ? part.substring("deload ".length()).strip() : part);
            if (!week.matches()) {
                throw new InvalidValueException(
                        ModelField.STEP_PROGRESSION,
                        text,
                        "lists weeks as percent x reps x sets, like 65%x5x3 (entry " + (i + 1) + " was '" + part
                                + "')");
            }
            Progression.WeekLoad load = new Progression.WeekLoad(
                    new BigDecimal(week.group(1)), Integer.parseInt(week.group(2)), Integer.parseInt(week.group(3)));
            if (isDeload) {
                deload = load;
            } else {
                weeks.add(load);
            }
        }
        return new Progression.Weekly(weeks, deload);
    }
}

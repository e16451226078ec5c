package dev.limber.domain.load;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.ModelField;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one written form of a {@link Load}. */
final class LoadGrammar {
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d)?)\\s?%");
    private static final Pattern BODYWEIGHT = Pattern.compile("bodyweight(?:\\s?\\+\\s?(.+))?");
    private static final String FORMS =
            "must be a weight (100kg, 225lb), a percentage of the athlete's max (75%), bodyweight or bodyweight+10kg";

    private LoadGrammar() {}

    static Load parse(String text) {
        String written = text == null ? "" : text.strip();
        Matcher percent = PERCENT.matcher(written);
        if (percent.matches()) {
            return new Load.Relative(new BigDecimal(percent.group(1)));
        }
        Matcher body = BODYWEIGHT.matcher(written);
        if (body.matches()) {
            return new Load.BodyWeight(body.group(1) == null ? null : weight(body.group(1), text));
        }
        return new Load.Absolute(weight(written, text));
    }

    private static Weight weight(String part, String text) {
        if (!Weight.looksLikeWeight(part)) {
            throw new InvalidValueException(ModelField.PRESCRIPTION_LOAD, text, FORMS);
        }
        try {
            return Weight.parse(part);
        } catch (InvalidValueException refused) {
            throw new InvalidValueException(ModelField.PRESCRIPTION_LOAD, text, Weight.RANGE);
        }
    }
}

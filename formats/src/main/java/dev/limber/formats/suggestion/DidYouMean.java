package dev.limber.formats.suggestion;

import dev.limber.domain.port.NotFoundException;
import java.util.List;

/**
 * How the service and the CLI word an unknown id with the stored ids nearest to it
 * ({@code no program with id quick-leg-day; did you mean quick-leg-day-warm-up?}), one wording
 * for a problem's detail and a command's error line. Which ids are near is the domain's
 * ({@code NearestIds}).
 */
public final class DidYouMean {
    private DidYouMean() {}

    /** The failure's message, followed by the suggestion when there is one. */
    public static String detail(NotFoundException failure) {
        return failure.getMessage() + suffix(failure.nearest());
    }

    /** {@code ; did you mean a?}, {@code ; did you mean a or b?}, {@code ; did you mean a, b or c?}; empty for none. */
    public static String suffix(List<String> nearest) {
        if (nearest.isEmpty()) {
            return "";
        }
        String last = nearest.get(nearest.size() - 1);
        String named =
                nearest.size() == 1 ? last : String.join(", ", nearest.subList(0, nearest.size() - 1)) + " or " + last;
        return "; did you mean " + named + "?";
    }
}

package dev.limber.domain.rules;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code warm-up-duration}: a session's warm-up, all its warm-up phases added and timed with the
 * context's {@code Timing}, lasts outside {@link #minimum()}–{@link #maximum()} (by default the
 * article's 5–10 minutes, both ends allowed). Shorter is a <b>warning</b>: it barely warms.
 * Longer is only <b>info</b>: the 5–10 minutes are the author's habit, not a limit from evidence,
 * and well-studied warm-ups such as FIFA 11+ take about 20 minutes.
 */
public final class WarmUpDurationRule implements Rule {
    public static final String ID = "warm-up-duration";
    public static final Duration DEFAULT_MINIMUM = Duration.ofMinutes(5);
    public static final Duration DEFAULT_MAXIMUM = Duration.ofMinutes(10);

    private final Duration minimum;
    private final Duration maximum;

    public WarmUpDurationRule() {
        this(DEFAULT_MINIMUM, DEFAULT_MAXIMUM);
    }

    public WarmUpDurationRule(Duration minimum, Duration maximum) {
        this.minimum = Checks.positive("minimum", minimum);
        this.maximum = Checks.positive("maximum", maximum);
        if (maximum.compareTo(minimum) < 0) {
            throw new InvalidValueException("maximum", maximum, "must not be below the minimum " + minimum);
        }
    }

    public Duration minimum() {
        return minimum;
    }

    public Duration maximum() {
        return maximum;
    }

    /** {@code the article's 5 min to 10 min}, or the configured range when it differs. */
    private Phrase range() {
        boolean article = minimum.equals(DEFAULT_MINIMUM) && maximum.equals(DEFAULT_MAXIMUM);
        return Phrase.of(
                ID + (article ? ".range.article" : ".range.configured"), "minimum", minimum, "maximum", maximum);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String rationale() {
        // Worded once per rule, not per finding: the rule is immutable, so its rationale is too.
        String english = rationale;
        if (english == null) {
            english = FindingText.english(rationaleText());
            rationale = english;
        }
        return english;
    }

    private String rationale;

    @Override
    public Phrase rationaleText() {
        return Phrase.of(ID + ".rationale", "range", range());
    }

    @Override
    public List<Finding> evaluate(Program program, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Session session : program.sessions()) {
            List<Phase> warmUps = session.phases(PhaseKind.WARM_UP);
            if (warmUps.isEmpty()) {
                continue;
            }
            Duration total = Duration.ZERO;
            for (Phase phase : warmUps) {
                total = total.plus(context.timing().of(phase));
            }
            Location at = Location.phase(session.name(), session.phases().indexOf(warmUps.get(0)), PhaseKind.WARM_UP);
            if (total.compareTo(minimum) < 0) {
                findings.add(Finding.of(this, at, Phrase.of(ID + ".too-short", "total", total, "range", range())));
            } else if (total.compareTo(maximum) > 0) {
                findings.add(Finding.of(this, at, Phrase.of(ID + ".too-long", "total", total, "range", range()))
                        .withSeverity(Severity.INFO));
            }
        }
        return findings;
    }
}

package dev.limber.domain.rules;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.timing.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code warm-up-duration} (warning): a session's warm-up, all its warm-up phases added and timed
 * with the context's {@code Timing}, lasts outside {@link #minimum()}–{@link #maximum()}
 * (by default the article's 5–10 minutes, both ends allowed).
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
        return "Take " + Durations.human(minimum) + " to " + Durations.human(maximum)
                + " to prep before training legs: shorter barely warms, longer tires.";
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
            if (total.compareTo(minimum) < 0 || total.compareTo(maximum) > 0) {
                int index = session.phases().indexOf(warmUps.get(0));
                findings.add(Finding.of(
                        this,
                        Location.phase(session.name(), index, PhaseKind.WARM_UP),
                        "the warm-up takes " + Durations.human(total) + ", outside " + Durations.human(minimum) + " to "
                                + Durations.human(maximum)));
            }
        }
        return findings;
    }
}

package dev.limber.domain.program;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.Limits;
import dev.limber.domain.ModelField;
import java.time.Duration;

/** The work of one set: either a time or a number of repetitions. */
public sealed interface Dose permits Dose.Timed, Dose.Reps {

    /** Upper bounds that catch typos (3000 reps, 30 h) rather than limit real training. */
    Duration MAX_DURATION = Limits.WORK;

    int MAX_REPS = 1000;

    /** Work for a fixed time, e.g. 30 s of leg swings. */
    record Timed(Duration duration) implements Dose {
        public Timed {
            if (duration == null
                    || duration.isZero()
                    || duration.isNegative()
                    || duration.compareTo(MAX_DURATION) > 0
                    || duration.getNano() != 0) {
                throw new InvalidValueException(
                        ModelField.DOSE_DURATION,
                        duration,
                        "must be whole seconds between 1 s and " + MAX_DURATION.toHours() + " h");
            }
        }
    }

    /** A number of repetitions, e.g. 10 glute bridges. */
    record Reps(int count) implements Dose {
        public Reps {
            if (count <= 0 || count > MAX_REPS) {
                throw new InvalidValueException(ModelField.DOSE_REPS, count, "must be between 1 and " + MAX_REPS);
            }
        }
    }
}

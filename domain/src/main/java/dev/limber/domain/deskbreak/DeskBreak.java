package dev.limber.domain.deskbreak;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.guard.Checks;
import java.time.LocalTime;

/**
 * One break from sitting: stand up at {@code at}, do the routine, sit back down at {@code until}
 * (after midnight when the break straddles it, as on a night shift).
 *
 * @param at    when to stand up
 * @param until when the routine is done
 */
public record DeskBreak(LocalTime at, LocalTime until) {
    public DeskBreak {
        Checks.required("at", at);
        Checks.required("until", until);
        if (until.equals(at)) {
            throw new InvalidValueException("until", until, "must be after " + at);
        }
    }
}

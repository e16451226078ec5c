package dev.limber.domain.card;

import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.Dose;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.timing.Durations;

/**
 * A dose as a trainer says it: {@code 30 s each side}, {@code 1 min}, {@code 10 reps × 3 sets,
 * 2 min rest}, {@code 5 reps, 20 s hold}.
 */
public final class DoseText {
    private DoseText() {}

    public static String of(Prescription prescription) {
        Checks.required("prescription", prescription);
        StringBuilder text = new StringBuilder();
        if (prescription.dose() instanceof Dose.Reps reps) {
            text.append(reps.count()).append(reps.count() == 1 ? " rep" : " reps");
        } else {
            text.append(Durations.human(((Dose.Timed) prescription.dose()).duration()));
        }
        if (prescription.perSide()) {
            text.append(" each side");
        }
        if (prescription.sets() > 1) {
            text.append(" × ").append(prescription.sets()).append(" sets");
        }
        prescription
                .holdEach()
                .ifPresent(
                        hold -> text.append(", ").append(Durations.human(hold)).append(" hold"));
        if (prescription.sets() > 1 && !prescription.rest().isZero()) {
            text.append(", ").append(Durations.human(prescription.rest())).append(" rest");
        }
        return text.toString();
    }
}

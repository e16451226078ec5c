package dev.limber.domain.card;

import dev.limber.domain.guard.Checks;
import dev.limber.domain.program.Dose;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.timing.Durations;

/**
 * A dose as a trainer says it: {@code 30 s each side}, {@code 1 min}, {@code 10 reps × 3 sets,
 * 2 min rest}, {@code 5 reps, 20 s hold}, {@code 5 reps × 5 sets at 100 kg, RPE 8, tempo 3-1-1-0, 3 min rest},
 * {@code AMRAP, at least 8 reps}, {@code 400 m}. A load is said in the unit it was written in.
 */
public final class DoseText {
    private DoseText() {}

    public static String of(Prescription prescription) {
        Checks.required("prescription", prescription);
        StringBuilder text = new StringBuilder();
        Dose dose = prescription.dose();
        if (dose instanceof Dose.Reps reps) {
            text.append(reps.amrap() ? "AMRAP, at least " : "")
                    .append(reps.count())
                    .append(reps.count() == 1 ? " rep" : " reps");
        } else if (dose instanceof Dose.Timed timed) {
            text.append(Durations.human(timed.duration()));
        } else {
            text.append(((Dose.Distance) dose).human());
        }
        if (prescription.perSide()) {
            text.append(" each side");
        }
        if (prescription.sets() > 1) {
            text.append(" × ").append(prescription.sets()).append(" sets");
        }
        prescription.loadOf().ifPresent(load -> text.append(" at ").append(load.human()));
        prescription.effortOf().ifPresent(effort -> text.append(", ").append(effort.human()));
        prescription.tempoOf().ifPresent(tempo -> text.append(", tempo ").append(tempo.text()));
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

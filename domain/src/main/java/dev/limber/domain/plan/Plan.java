package dev.limber.domain.plan;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.exercise.ExerciseId;
import dev.limber.domain.load.Load;
import dev.limber.domain.load.PlateLoading;
import dev.limber.domain.load.Plates;
import dev.limber.domain.load.Weight;
import dev.limber.domain.load.WeightUnit;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.Dose;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Progression;
import dev.limber.domain.program.Session;
import dev.limber.domain.program.Step;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The concrete sessions of one week of a program: a pure computation, the same answer for the
 * same program and request.
 *
 * <p>Each week every session of the program is done once, in order. A step's weight is worked out
 * in the plan's unit (converted explicitly, never mixed: the plan names its unit), then rounded to
 * what the bar and plates make, the lighter of two equally near loads, and a note says so
 * whenever the weight changed. A weight lighter than the bar (a dumbbell, a cable) is rounded to
 * the plates' smallest step instead. Progressions:
 *
 * <ul>
 *   <li>linear per week: the step's load plus the increment once for each week before this one;
 *       per session: once for each earlier session of the plan that trains the exercise with a
 *       progression (a program with two squat sessions a week adds two increments a week); every
 *       {@code deloadAfter} missed targets of that exercise take {@code deloadPercent} % off
 *       (compounded);
 *   <li>double progression: counted as linear per session; from the step's reps, one rep more each
 *       session up to the top of the range, then the increment is added and the reps return to the
 *       bottom;
 *   <li>weekly: the week's share of the reference max, reps and sets; after the wave's weeks the
 *       deload week, then the wave again.
 * </ul>
 *
 * A load given as a percentage needs the athlete's reference max for that exercise; a plan that
 * needs one it was not given is refused, naming the exercise.
 */
public final class Plan {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The heaviest weight a plan in one unit may reach, in each unit a load may start from. */
    private static final Map<WeightUnit, Map<WeightUnit, BigDecimal>> CEILINGS = ceilings();

    private static Map<WeightUnit, Map<WeightUnit, BigDecimal>> ceilings() {
        Map<WeightUnit, Map<WeightUnit, BigDecimal>> ceilings = new java.util.EnumMap<>(WeightUnit.class);
        for (WeightUnit plan : WeightUnit.values()) {
            Map<WeightUnit, BigDecimal> in = new java.util.EnumMap<>(WeightUnit.class);
            for (WeightUnit start : WeightUnit.values()) {
                in.put(
                        start,
                        new Weight(BigDecimal.valueOf(Weight.MAX), plan)
                                .in(start)
                                .amount());
            }
            ceilings.put(plan, in);
        }
        return ceilings;
    }

    private Plan() {}

    /** The week {@code request} asks for of {@code program}. */
    public static PlannedWeek week(Program program, PlanRequest request) {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(request, "request");
        if (request.week() > program.weeks()) {
            throw new InvalidValueException(
                    "week",
                    request.week(),
                    "is past the end of program " + program.id() + ", which runs " + program.weeks()
                            + (program.weeks() == 1 ? " week" : " weeks"));
        }
        WeightUnit unit = request.unit() != null ? request.unit() : unitOf(program, request);
        Plates plates = request.plates() != null ? request.plates() : Plates.standard(unit);
        Plan.Week week = new Week(program, request, unit, plates, progressedIn(program));
        List<PlannedSession> sessions = new ArrayList<>();
        boolean found = false;
        for (int i = 0; i < program.sessions().size(); i++) {
            Session session = program.sessions().get(i);
            if (request.session() == null || request.session().equals(session.name())) {
                found = true;
                sessions.add(week.session(i, session));
            }
        }
        if (!found) {
            throw new InvalidValueException(
                    "session", request.session(), "names no session of program " + program.id());
        }
        return new PlannedWeek(program.id(), program.name(), request.week(), program.weeks(), unit, plates, sessions);
    }

    /** The unit of the program's first weight (a load or an increment), else of the first max, else kg. */
    static WeightUnit unitOf(Program program, PlanRequest request) {
        for (Session session : program.sessions()) {
            for (ExerciseStep step : session.exerciseSteps()) {
                if (step.prescription().load() instanceof Load.Absolute absolute) {
                    return absolute.weight().unit();
                }
                if (step.progression() instanceof Progression.Linear linear) {
                    return linear.increment().unit();
                }
                if (step.progression() instanceof Progression.DoubleProgression range) {
                    return range.increment().unit();
                }
            }
        }
        return request.maxes().values().stream().findFirst().map(Weight::unit).orElse(WeightUnit.KG);
    }

    /**
     * For each exercise, the indexes of the sessions that train it with a progression, in order:
     * worked out once a plan, as every progressed step counts its earlier sessions.
     */
    private static Map<ExerciseId, List<Integer>> progressedIn(Program program) {
        Map<ExerciseId, List<Integer>> sessions = new HashMap<>();
        for (int i = 0; i < program.sessions().size(); i++) {
            for (ExerciseStep step : program.sessions().get(i).exerciseSteps()) {
                if (step.progression() != null) {
                    List<Integer> indexes = sessions.computeIfAbsent(step.exercise(), id -> new ArrayList<>());
                    if (indexes.isEmpty() || indexes.get(indexes.size() - 1) != i) {
                        indexes.add(i);
                    }
                }
            }
        }
        return sessions;
    }

    /** One week's working out. */
    private record Week(
            Program program,
            PlanRequest request,
            WeightUnit unit,
            Plates plates,
            Map<ExerciseId, List<Integer>> progressedIn) {

        PlannedSession session(int index, Session session) {
            List<PlannedStep> steps = new ArrayList<>();
            for (Phase phase : session.phases()) {
                for (Step step : phase.steps()) {
                    if (step instanceof Circuit circuit) {
                        for (ExerciseStep inner : circuit.steps()) {
                            steps.add(step(index, session, phase, circuit.name(), inner));
                        }
                    } else if (step instanceof ExerciseStep single) {
                        steps.add(step(index, session, phase, null, single));
                    }
                }
            }
            return new PlannedSession(session.name(), steps);
        }

        private PlannedStep step(int sessionIndex, Session session, Phase phase, String circuit, ExerciseStep step) {
            Prescription dose = step.prescription();
            List<String> notes = new ArrayList<>();
            Progression progression = step.progression();
            Load load = dose.load();
            if (load instanceof Load.BodyWeight body) {
                Load added = body.added() == null ? body : new Load.BodyWeight(rounded(body.added(), notes));
                return new PlannedStep(
                        phase.kind(), circuit, step.exercise(), dose.load(added), progression, null, null, notes);
            }
            if (load == null && !(progression instanceof Progression.Weekly)) {
                return new PlannedStep(phase.kind(), circuit, step.exercise(), dose, progression, null, null, notes);
            }
            ExerciseId exercise = step.exercise();
            Amount amount;
            if (progression == null) {
                amount = base(load, exercise, session);
            } else if (progression instanceof Progression.Linear linear) {
                int times = exposures(exercise, sessionIndex, linear.every() == Progression.Cadence.SESSION);
                amount = base(load, exercise, session).plus(linear.increment(), times, notes);
                int missed = request.missed().getOrDefault(exercise, 0);
                int deloads = missed / linear.deloadAfter();
                if (deloads > 0) {
                    BigDecimal keep = BigDecimal.ONE.subtract(
                            BigDecimal.valueOf(linear.deloadPercent()).movePointLeft(2));
                    amount = amount.times(keep.pow(deloads));
                    notes.add("deloaded " + (deloads == 1 ? "" : deloads + " × ") + linear.deloadPercent() + " % after "
                            + missed + " missed " + (missed == 1 ? "target" : "targets"));
                }
            } else if (progression instanceof Progression.DoubleProgression range) {
                int times = exposures(exercise, sessionIndex, true);
                Dose.Reps reps = (Dose.Reps) dose.dose();
                int cycle = range.high() - range.low() + 1;
                int position = reps.count() - range.low() + times;
                amount = base(load, exercise, session).plus(range.increment(), position / cycle, notes);
                dose = dose.withDose(new Dose.Reps(range.low() + position % cycle, reps.amrap()));
            } else {
                Progression.Weekly weekly = (Progression.Weekly) progression;
                Progression.WeekLoad week = weekly.week(request.week());
                amount = percentOfMax(week.percent(), exercise, session);
                boolean amrap = dose.dose() instanceof Dose.Reps reps && reps.amrap();
                dose = dose.withDose(new Dose.Reps(week.reps(), amrap)).sets(week.sets());
                if (weekly.deloads(request.week())) {
                    notes.add("deload week: " + week.human() + " of max");
                }
            }
            BigDecimal most = CEILINGS.get(unit).get(amount.unit());
            if (amount.amount().compareTo(most) > 0) {
                throw new InvalidValueException(
                        "week",
                        request.week(),
                        "takes " + exercise + " to "
                                + amount.amount()
                                        .setScale(1, RoundingMode.HALF_UP)
                                        .toPlainString() + " "
                                + amount.unit().externalName() + ", past " + Weight.MAX + " " + unit.externalName());
            }
            Weight target =
                    converted(new Weight(amount.amount().setScale(3, RoundingMode.HALF_UP), amount.unit()), notes);
            PlateLoading loading = null;
            Weight lifted;
            if (target.compareTo(plates.bar()) < 0) {
                lifted = stepRounded(target, notes);
            } else {
                loading = plates.load(target);
                lifted = loading.loaded();
                if (!loading.exact()) {
                    notes.add(target.human() + " cannot be loaded exactly; nearest " + lifted.human());
                }
            }
            Load concrete = lifted.isZero() ? null : new Load.Absolute(lifted);
            if (concrete == null) {
                notes.add(target.human() + " rounds to no load at all");
            }
            if (dose.rampUpOf().isPresent()) {
                // A light week (a deload, a low percentage) can leave nothing between the bar and the work.
                Plates rampPlates = dose.rampUpOf().get().plates(unit);
                if (concrete == null || lifted.in(rampPlates.unit()).compareTo(rampPlates.bar()) <= 0) {
                    notes.add("no ramp-up sets: " + lifted.human() + " is not heavier than the "
                            + rampPlates.bar().human() + " bar");
                    dose = dose.rampUp((dev.limber.domain.program.RampUpSets) null);
                }
            }
            return new PlannedStep(
                    phase.kind(), circuit, exercise, dose.load(concrete), progression, target, loading, notes);
        }

        /** What a step's own load comes to, in its own unit (a max's for a percentage), before any progression. */
        private Amount base(Load load, ExerciseId exercise, Session session) {
            if (load instanceof Load.Relative relative) {
                return percentOfMax(relative.percent(), exercise, session);
            }
            Weight weight = ((Load.Absolute) load).weight();
            return new Amount(weight.amount(), weight.unit());
        }

        private Amount percentOfMax(BigDecimal percent, ExerciseId exercise, Session session) {
            Weight max = request.maxes().get(exercise);
            if (max == null) {
                throw new InvalidValueException(
                        "max",
                        exercise.value(),
                        "is needed: session " + session.name() + " loads " + exercise + " at "
                                + percent.toPlainString() + " % of the athlete's reference max; give one, like "
                                + exercise + "=100" + unit.externalName());
            }
            return new Amount(max.amount().multiply(percent).divide(HUNDRED), max.unit());
        }

        /** A weight in the plan's unit, with a note when it was written in the other. */
        private Weight converted(Weight weight, List<String> notes) {
            if (weight.unit() == unit) {
                return weight;
            }
            Weight in = weight.in(unit);
            notes.add(weight.human() + " is " + in.human());
            return in;
        }

        /** A weight in the plan's unit rounded to the plates' smallest step, with a note when it changed. */
        private Weight rounded(Weight weight, List<String> notes) {
            return stepRounded(converted(weight, notes), notes);
        }

        private Weight stepRounded(Weight weight, List<String> notes) {
            BigDecimal step = plates.increment().amount();
            BigDecimal steps = weight.amount().divide(step, 0, RoundingMode.HALF_DOWN);
            Weight lifted = new Weight(steps.multiply(step), unit);
            if (lifted.compareTo(weight) != 0) {
                notes.add(weight.human() + " cannot be made exactly; nearest " + lifted.human() + " (in "
                        + plates.increment().human() + " steps)");
            }
            return lifted;
        }

        /**
         * How many times the exercise's progression has moved before this session: the weeks
         * before this one, or every earlier session of the plan that trains it with a progression.
         */
        private int exposures(ExerciseId exercise, int sessionIndex, boolean perSession) {
            int week = request.week() - 1;
            if (!perSession) {
                return week;
            }
            List<Integer> sessions = progressedIn.getOrDefault(exercise, List.of());
            int before = 0;
            while (before < sessions.size() && sessions.get(before) < sessionIndex) {
                before++;
            }
            int perWeek = sessions.size();
            return week * perWeek + before;
        }
    }

    /** A weight being worked out, in the unit of the load it starts from, before rounding. */
    private record Amount(BigDecimal amount, WeightUnit unit) {
        /** Plus {@code times} the increment, converted (and said so) when it is in another unit. */
        Amount plus(Weight increment, int times, List<String> notes) {
            Weight step = increment;
            if (increment.unit() != unit) {
                step = increment.in(unit);
                notes.add(increment.human() + " is " + step.human());
            }
            return new Amount(amount.add(step.amount().multiply(BigDecimal.valueOf(times))), unit);
        }

        Amount times(BigDecimal factor) {
            return new Amount(amount.multiply(factor), unit);
        }
    }
}

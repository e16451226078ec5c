package dev.limber.domain.catalog;

import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.exercise.ExerciseKind;
import dev.limber.domain.exercise.Laterality;
import dev.limber.domain.exercise.Target;
import dev.limber.domain.load.Load;
import dev.limber.domain.program.Circuit;
import dev.limber.domain.program.Effort;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.program.Phase;
import dev.limber.domain.program.PhaseKind;
import dev.limber.domain.program.Prescription;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Progression;
import dev.limber.domain.program.RampUpSets;
import dev.limber.domain.program.Session;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;

/**
 * Limber's built-in catalog, written from the leg-day article (shared seed 000): its exercises,
 * its doses where it gives them, and the programs it describes. Doses the article gives are
 * marked {@link Prescription#fromArticle()}; the ones it leaves open are marked
 * {@link Prescription#catalogChoice()}. Targets follow the article where it names them and
 * ordinary anatomy elsewhere.
 */
public final class BuiltInCatalog {
    private BuiltInCatalog() {}

    // ---- The quick warm-up: cues follow the article's bullet points. ----

    public static final Exercise LEG_SWINGS = Exercise.builder("leg-swings", "Leg Swings")
            .kind(ExerciseKind.DYNAMIC)
            .laterality(Laterality.PER_SIDE)
            .primary(Target.HAMSTRINGS, Target.HIP_FLEXORS, Target.GLUTES)
            .secondary(Target.ADDUCTORS, Target.ABDUCTORS)
            .startingPosition("Stand tall beside a wall or rack, one hand on it for balance")
            .cues("Forward and backward, then side to side", "Loosens hamstrings, hip flexors and glutes")
            .build();

    public static final Exercise WALKING_LUNGE_WITH_TWIST = Exercise.builder(
                    "walking-lunge-with-twist", "Walking Lunges with a Twist")
            .kind(ExerciseKind.DYNAMIC)
            .laterality(Laterality.ALTERNATING)
            .primary(Target.HAMSTRINGS, Target.GLUTES, Target.QUADRICEPS, Target.OBLIQUES)
            .secondary(Target.ABDOMINALS, Target.HIP_FLEXORS)
            .startingPosition("Stand tall, feet hip-width apart, hands together in front of your chest")
            .cues(
                    "Step forward into a lunge",
                    "Rotate your torso toward the front leg",
                    "Engages hamstrings, glutes, quads and core")
            .build();

    public static final Exercise STANDING_ROLL_DOWN = Exercise.builder("standing-roll-down", "Standing Roll-Downs")
            .kind(ExerciseKind.MOBILITY)
            .laterality(Laterality.BILATERAL)
            .primary(Target.HAMSTRINGS, Target.SPINE)
            .secondary(Target.LOWER_BACK)
            .startingPosition("Stand tall, feet hip-width apart, knees soft")
            .cues("Slowly roll from standing into a forward fold", "Stretch hamstrings and mobilize the spine")
            .build();

    public static final Exercise GLUTE_KICKBACK = Exercise.builder("glute-kickback", "Glute Kickbacks")
            .kind(ExerciseKind.DYNAMIC)
            .laterality(Laterality.PER_SIDE)
            .primary(Target.GLUTES, Target.HAMSTRINGS)
            .secondary(Target.LOWER_BACK)
            .startingPosition("On hands and knees, hands under shoulders, knees under hips")
            .cues("Kick one leg back and up", "Warms up glutes and hamstrings")
            .build();

    public static final Exercise HIP_CIRCLES = Exercise.builder("hip-circles", "Hip Circles")
            .kind(ExerciseKind.MOBILITY)
            .laterality(Laterality.BILATERAL)
            .primary(Target.HIPS, Target.PELVIS, Target.LOWER_BACK)
            .startingPosition("Stand tall, hands on hips")
            .cues(
                    "Make big circles with your hips, clockwise and counterclockwise",
                    "Loosens pelvis, hips and lower back")
            .build();

    public static final Exercise BODYWEIGHT_SQUAT = Exercise.builder("bodyweight-squat", "Bodyweight Squats")
            .kind(ExerciseKind.DYNAMIC)
            .laterality(Laterality.BILATERAL)
            .primary(Target.QUADRICEPS, Target.GLUTES, Target.HAMSTRINGS)
            .secondary(Target.ADDUCTORS, Target.CALVES)
            .startingPosition("Stand with feet shoulder-width apart, toes slightly out")
            .cues("Controlled pace, focus on depth and form", "Activates quads, glutes and hamstrings")
            .build();

    // ---- Static stretches: the article saves them for after training. ----

    public static final Exercise RECLINING_SINGLE_LEG_STRETCH = Exercise.builder(
                    "reclining-single-leg-stretch", "Reclining Single-Leg Stretch")
            .kind(ExerciseKind.STATIC_STRETCH)
            .laterality(Laterality.PER_SIDE)
            .primary(Target.HAMSTRINGS)
            .secondary(Target.CALVES)
            .startingPosition("Lie on your back, both legs long on the floor")
            .cues(
                    "Raise one straight leg and hold it behind the thigh (or with a strap)",
                    "Keep the other leg long on the floor",
                    "Breathe slowly and ease into the stretch")
            .build();

    public static final Exercise LEGS_UP_THE_WALL = Exercise.builder("legs-up-the-wall", "Legs-Up-the-Wall Pose")
            .kind(ExerciseKind.STATIC_STRETCH)
            .laterality(Laterality.BILATERAL)
            .primary(Target.HAMSTRINGS)
            .secondary(Target.LOWER_BACK, Target.CALVES)
            .startingPosition("Sit sideways against a wall, then lie back and swing your legs up it")
            .cues("Rest your legs on the wall, hips close to it", "Let your arms rest and breathe slowly")
            .build();

    public static final Exercise KNEES_TO_CHEST = Exercise.builder("knees-to-chest", "Knees-to-Chest")
            .kind(ExerciseKind.STATIC_STRETCH)
            .laterality(Laterality.BILATERAL)
            .primary(Target.LOWER_BACK, Target.GLUTES)
            .secondary(Target.HIPS)
            .startingPosition("Lie on your back, knees bent, feet on the floor")
            .cues("Hug both knees toward your chest", "Keep your head and lower back on the floor")
            .build();

    public static final Exercise CHILDS_POSE = Exercise.builder("childs-pose", "Child's Pose")
            .kind(ExerciseKind.STATIC_STRETCH)
            .laterality(Laterality.BILATERAL)
            .primary(Target.LOWER_BACK, Target.HIPS)
            .secondary(Target.GLUTES, Target.LATS, Target.SHOULDERS)
            .startingPosition("Kneel with big toes together and knees apart")
            .cues("Sit your hips back toward your heels", "Reach your arms forward and rest your forehead down")
            .build();

    // ---- Core and glutes: a balanced posterior chain spares the hamstrings. ----

    public static final Exercise GLUTE_BRIDGE = Exercise.builder("glute-bridge", "Glute Bridges")
            .kind(ExerciseKind.STRENGTH)
            .laterality(Laterality.BILATERAL)
            .primary(Target.GLUTES, Target.HAMSTRINGS)
            .secondary(Target.LOWER_BACK, Target.ABDOMINALS)
            .startingPosition("Lie on your back, knees bent, feet flat and hip-width apart")
            .cues(
                    "Drive through your heels and lift your hips in line with knees and shoulders",
                    "Squeeze your glutes at the top, then lower slowly")
            .build();

    public static final Exercise BIRD_DOG = Exercise.builder("bird-dog", "Bird Dogs")
            .kind(ExerciseKind.STRENGTH)
            .laterality(Laterality.ALTERNATING)
            .primary(Target.ABDOMINALS, Target.LOWER_BACK, Target.GLUTES)
            .secondary(Target.SHOULDERS, Target.HAMSTRINGS)
            .startingPosition("On hands and knees, back flat")
            .cues(
                    "Reach one arm forward and the opposite leg back",
                    "Keep your back flat and your hips level",
                    "Return and switch sides")
            .build();

    public static final Exercise DEAD_BUG = Exercise.builder("dead-bug", "Dead Bugs")
            .kind(ExerciseKind.STRENGTH)
            .laterality(Laterality.ALTERNATING)
            .primary(Target.ABDOMINALS)
            .secondary(Target.OBLIQUES, Target.HIP_FLEXORS)
            .startingPosition("Lie on your back, arms up, knees bent at 90 degrees over your hips")
            .cues(
                    "Lower one arm and the opposite leg toward the floor",
                    "Keep your lower back pressed into the floor",
                    "Return and switch sides")
            .build();

    public static final Exercise PLANK = Exercise.builder("plank", "Plank")
            .kind(ExerciseKind.STRENGTH)
            .laterality(Laterality.BILATERAL)
            .primary(Target.ABDOMINALS)
            .secondary(Target.OBLIQUES, Target.SHOULDERS, Target.GLUTES, Target.LOWER_BACK)
            .startingPosition("Forearms on the floor under your shoulders, legs straight behind you")
            .cues("Hold a straight line from head to heels", "Brace your abs and squeeze your glutes")
            .build();

    // ---- Breaks from sitting. ----

    public static final Exercise STANDING_FORWARD_FOLD = Exercise.builder(
                    "standing-forward-fold", "Standing Forward Fold")
            .kind(ExerciseKind.STATIC_STRETCH)
            .laterality(Laterality.BILATERAL)
            .primary(Target.HAMSTRINGS)
            .secondary(Target.LOWER_BACK, Target.CALVES)
            .startingPosition("Stand up from your desk, feet hip-width apart")
            .cues(
                    "Fold forward from the hips and let your upper body hang",
                    "Bend your knees a little if your back rounds hard")
            .build();

    public static final Exercise HIP_HINGE = Exercise.builder("hip-hinge", "Hip Hinge")
            .kind(ExerciseKind.MOBILITY)
            .laterality(Laterality.BILATERAL)
            .primary(Target.HAMSTRINGS, Target.GLUTES)
            .secondary(Target.LOWER_BACK)
            .startingPosition("Stand tall, feet hip-width apart, hands on hips")
            .cues(
                    "Push your hips back with a flat back and soft knees",
                    "Stop when the hamstrings pull, then drive your hips forward to stand")
            .build();

    // ---- Nerve tension. ----

    public static final Exercise SCIATIC_NERVE_FLOSS = Exercise.builder("sciatic-nerve-floss", "Sciatic Nerve Floss")
            .kind(ExerciseKind.NERVE_GLIDE)
            .laterality(Laterality.PER_SIDE)
            .primary(Target.HAMSTRINGS)
            .secondary(Target.CALVES, Target.LOWER_BACK)
            .startingPosition("Sit tall on the edge of a chair or bench, hands resting beside you")
            .cues(
                    "Straighten one knee as you look up",
                    "Bend the knee as you bring your chin down",
                    "Move gently and rhythmically: floss, don't stretch")
            .caution("See a clinician before going on if pain radiates down your leg or comes"
                    + " with numbness or tingling.")
            .build();

    // ---- The leg-day lifts the article mentions. ----

    public static final Exercise LUNGE = Exercise.builder("lunge", "Lunges")
            .kind(ExerciseKind.STRENGTH)
            .laterality(Laterality.PER_SIDE)
            .primary(Target.QUADRICEPS, Target.GLUTES)
            .secondary(Target.HAMSTRINGS, Target.ADDUCTORS, Target.CALVES)
            .equipment("dumbbells (optional)")
            .startingPosition("Stand tall, feet hip-width apart")
            .cues(
                    "Step forward and lower until both knees bend to about 90 degrees",
                    "Push through the front heel to stand back up")
            .build();

    public static final Exercise LEG_CURL = Exercise.builder("leg-curl", "Leg Curls")
            .kind(ExerciseKind.STRENGTH)
            .laterality(Laterality.BILATERAL)
            .primary(Target.HAMSTRINGS)
            .secondary(Target.CALVES)
            .equipment("leg curl machine")
            .startingPosition("Set the pad just above your heels, knees in line with the machine's pivot")
            .cues("Curl your heels toward your glutes without lifting your hips", "Lower slowly under control")
            .build();

    public static final Exercise BACK_SQUAT = Exercise.builder("back-squat", "Back Squat")
            .kind(ExerciseKind.STRENGTH)
            .laterality(Laterality.BILATERAL)
            .primary(Target.QUADRICEPS, Target.GLUTES)
            .secondary(Target.HAMSTRINGS, Target.ADDUCTORS, Target.LOWER_BACK)
            .equipment("barbell, squat rack")
            .startingPosition("Bar on your upper back, feet shoulder-width apart")
            .cues("Brace, then sit down between your hips with your chest up", "Drive up through the whole foot")
            .build();

    public static final Exercise DEADLIFT = Exercise.builder("deadlift", "Deadlift")
            .kind(ExerciseKind.STRENGTH)
            .laterality(Laterality.BILATERAL)
            .primary(Target.HAMSTRINGS, Target.GLUTES, Target.LOWER_BACK)
            .secondary(Target.QUADRICEPS, Target.TRAPS, Target.FOREARMS)
            .equipment("barbell")
            .startingPosition("Feet hip-width apart, bar over mid-foot, hands just outside your legs")
            .cues("Keep the bar close and your back flat", "Push the floor away, then stand tall with your hips")
            .build();

    // ---- Programs ----

    /** The article's six steps with its own doses: 30 s per leg + 1 + ½ + 1 + 1 + 1 min. */
    private static Phase quickWarmUpPhase() {
        return Phase.of(
                PhaseKind.WARM_UP,
                ExerciseStep.of(LEG_SWINGS, Prescription.seconds(30).eachSide().fromArticle()),
                ExerciseStep.of(
                        WALKING_LUNGE_WITH_TWIST, Prescription.seconds(60).fromArticle()),
                ExerciseStep.of(STANDING_ROLL_DOWN, Prescription.seconds(30).fromArticle()),
                // The article gives one minute for both legs, so the dose is not per side.
                ExerciseStep.of(GLUTE_KICKBACK, Prescription.seconds(60).fromArticle())
                        .withNote("1 minute in all: switch legs halfway"),
                ExerciseStep.of(HIP_CIRCLES, Prescription.seconds(60).fromArticle()),
                ExerciseStep.of(BODYWEIGHT_SQUAT, Prescription.seconds(60).fromArticle()));
    }

    private static Phase coolDownPhase() {
        return Phase.of(
                PhaseKind.COOL_DOWN,
                ExerciseStep.of(
                        RECLINING_SINGLE_LEG_STRETCH,
                        Prescription.seconds(45).eachSide().catalogChoice()),
                ExerciseStep.of(LEGS_UP_THE_WALL, Prescription.seconds(120).catalogChoice()),
                ExerciseStep.of(KNEES_TO_CHEST, Prescription.seconds(60).catalogChoice())
                        .withNote("or child's pose, as the article offers"));
    }

    private static Circuit coreAndGluteCircuit() {
        return Circuit.of(
                "Core and glutes",
                3,
                Duration.ofSeconds(60),
                ExerciseStep.of(GLUTE_BRIDGE, Prescription.reps(12).catalogChoice()),
                ExerciseStep.of(BIRD_DOG, Prescription.reps(8).eachSide().catalogChoice()),
                ExerciseStep.of(DEAD_BUG, Prescription.reps(8).eachSide().catalogChoice()),
                ExerciseStep.of(PLANK, Prescription.seconds(30).catalogChoice()));
    }

    private static Session coreAndGluteSession() {
        return Session.of(
                "Core and glutes",
                quickWarmUpPhase(),
                Phase.of(PhaseKind.MAIN, coreAndGluteCircuit()),
                coolDownPhase());
    }

    public static final Program QUICK_LEG_DAY_WARM_UP = Program.builder(
                    "quick-leg-day-warm-up", "Quick 5-Minute Warm-Up for Leg Day")
            .description("The article's six warm-up moves with its own doses and cues. The article"
                    + " calls it a 5-minute warm-up, but its doses add up to 5 min 30 s: leg swings"
                    + " 30 s on each leg, then 1 min, 30 s, 1 min, 1 min and 1 min.")
            .tags("leg-day", "warm-up")
            .session(Session.of("Leg day warm-up", quickWarmUpPhase()))
            .build();

    public static final Program LEG_DAY_COOL_DOWN = Program.builder("leg-day-cool-down", "Leg Day Cool-Down")
            .description("Static stretches for after training, when the muscles are warm: they"
                    + " lengthen the hamstrings and ease post-workout tightness. Holds are the"
                    + " catalog's choice; the article gives none.")
            .tags("leg-day", "cool-down", "stretching")
            .session(Session.of("Leg day cool-down", coolDownPhase()))
            .build();

    public static final Program CORE_AND_GLUTE_STRENGTH = Program.builder(
                    "core-and-glute-strength", "Core and Glute Strength")
            .description("Glute bridges, bird dogs, dead bugs and planks as a circuit: strong abs"
                    + " and glutes take load off the lower back so the hamstrings need not"
                    + " overcompensate. Warm-up and cool-down as on leg day; reps, rounds and rests"
                    + " are the catalog's choice.")
            .tags("core", "glutes", "strength")
            .session(coreAndGluteSession())
            .build();

    public static final Program DESK_BREAK = Program.builder("desk-break", "Desk Break")
            .description("A one-minute break from sitting, every 30 to 60 minutes: a quick forward"
                    + " fold and hip hinges, so long sitting does not shorten the hamstrings."
                    + " Doses are the catalog's choice.")
            .tags("desk", "mobility")
            .session(Session.of(
                    "Desk break",
                    Phase.of(
                            PhaseKind.MAIN,
                            ExerciseStep.of(
                                    STANDING_FORWARD_FOLD,
                                    Prescription.seconds(30).catalogChoice()),
                            ExerciseStep.of(HIP_HINGE, Prescription.reps(10).catalogChoice()))))
            .build();

    public static final Program PAIN_FREE_LEG_DAY = Program.builder("pain-free-leg-day", "Pain-Free Leg Day")
            .description("A leg day that spares the lower back: the quick warm-up, the main lifts,"
                    + " then static stretches; and core-and-glute work later in the week. Loads are the catalog's"
                    + " choice given as effort, RPE 7 (about three reps left in reserve), so each lifter"
                    + " picks a weight that feels so; reps, sets and rests are the catalog's choice too.")
            .tags("leg-day", "strength")
            .session(Session.of(
                            "Leg day",
                            quickWarmUpPhase(),
                            Phase.of(
                                    PhaseKind.MAIN,
                                    ExerciseStep.of(
                                            BACK_SQUAT,
                                            Prescription.reps(8)
                                                    .sets(3)
                                                    .rest(Duration.ofMinutes(2))
                                                    .effort(Effort.rpe(7))
                                                    .catalogChoice()),
                                    ExerciseStep.of(
                                            DEADLIFT,
                                            Prescription.reps(6)
                                                    .sets(3)
                                                    .rest(Duration.ofMinutes(2))
                                                    .effort(Effort.rpe(7))
                                                    .catalogChoice()),
                                    ExerciseStep.of(
                                            LUNGE,
                                            Prescription.reps(10)
                                                    .eachSide()
                                                    .sets(3)
                                                    .rest(Duration.ofSeconds(90))
                                                    .effort(Effort.rpe(7))
                                                    .catalogChoice()),
                                    ExerciseStep.of(
                                            LEG_CURL,
                                            Prescription.reps(12)
                                                    .sets(3)
                                                    .rest(Duration.ofSeconds(60))
                                                    .effort(Effort.rpe(7))
                                                    .catalogChoice())),
                            coolDownPhase())
                    .on(DayOfWeek.MONDAY))
            .session(coreAndGluteSession().on(DayOfWeek.THURSDAY))
            .build();

    /**
     * A leg day with loads: the article's quick warm-up, then the back squat at 75 % of the
     * lifter's max after standard ramp-up sets (the empty bar, 40, 60 and 80 % of the working
     * load), the deadlift at 70 %, lunges by effort, planks, and the cool-down stretches. Relative loads,
     * never invented kilograms: each lifter's max makes them weights.
     */
    public static final Program LEG_DAY_WITH_LOADS = Program.builder("leg-day-with-loads", "Leg Day with Loads")
            .description("The quick warm-up, then the main lifts with loads relative to your own max: back"
                    + " squat at 75 % after ramp-up sets (the empty bar × 10, then 40 % × 5, 60 % × 3 and 80 % × 2"
                    + " of the working load), deadlift at 70 %, lunges at RPE 7, planks for the core; then the cool-down"
                    + " stretches."
                    + " Loads, reps, sets and rests are the catalog's choice, not the article's.")
            .tags("leg-day", "strength", "loads")
            .session(Session.of(
                    "Heavy legs",
                    quickWarmUpPhase(),
                    Phase.of(
                            PhaseKind.MAIN,
                            ExerciseStep.of(
                                    BACK_SQUAT,
                                    Prescription.reps(5)
                                            .sets(3)
                                            .rest(Duration.ofMinutes(3))
                                            .load(Load.percent(75))
                                            .rampUp(RampUpSets.standard())
                                            .catalogChoice()),
                            ExerciseStep.of(
                                    DEADLIFT,
                                    Prescription.reps(5)
                                            .sets(2)
                                            .rest(Duration.ofMinutes(3))
                                            .load(Load.percent(70))
                                            .catalogChoice()),
                            ExerciseStep.of(
                                    LUNGE,
                                    Prescription.reps(8)
                                            .eachSide()
                                            .sets(2)
                                            .rest(Duration.ofSeconds(90))
                                            .effort(Effort.rpe(7))
                                            .catalogChoice()),
                            ExerciseStep.of(
                                    PLANK,
                                    Prescription.seconds(45)
                                            .sets(2)
                                            .rest(Duration.ofSeconds(60))
                                            .catalogChoice())),
                    coolDownPhase()))
            .build();

    /** Planks for the core, so a lifting day keeps its posterior chain balanced. */
    private static ExerciseStep planks() {
        return ExerciseStep.of(
                PLANK,
                Prescription.seconds(45).sets(2).rest(Duration.ofSeconds(60)).catalogChoice());
    }

    /**
     * Four weeks of linear squats: two squat days a week, 5 × 5 from 75 % of the lifter's max after
     * ramp-up sets, 2.5 kg more every session, 10 % off after three missed sessions. {@code limber
     * plan squat-linear-4-weeks --week 2 --max back-squat=140kg} works out each week's kilograms.
     */
    public static final Program SQUAT_LINEAR_4_WEEKS = Program.builder(
                    "squat-linear-4-weeks", "Squat: Four Linear Weeks")
            .description("Two squat days a week for four weeks: 5 × 5 back squats from 75 % of your max after"
                    + " ramp-up sets, adding 2.5 kg every session (10 % off after three missed sessions), and"
                    + " planks. The quick warm-up before, the cool-down stretches after. Loads, reps, sets, rests"
                    + " and the progression are the catalog's choice, not the article's.")
            .tags("strength", "loads", "progression")
            .weeks(4)
            .session(linearSquatDay("Squat A").on(DayOfWeek.MONDAY))
            .session(linearSquatDay("Squat B").on(DayOfWeek.THURSDAY))
            .build();

    private static Session linearSquatDay(String name) {
        return Session.of(
                name,
                quickWarmUpPhase(),
                Phase.of(
                        PhaseKind.MAIN,
                        ExerciseStep.of(
                                        BACK_SQUAT,
                                        Prescription.reps(5)
                                                .sets(5)
                                                .rest(Duration.ofMinutes(3))
                                                .load(Load.percent(75))
                                                .rampUp(RampUpSets.standard())
                                                .catalogChoice())
                                .withProgression(Progression.parse("linear +2.5kg per session")),
                        planks()),
                coolDownPhase());
    }

    /**
     * Leg curls by double progression over four weeks: 3 sets from 8 reps at 60 % of the lifter's
     * max, one rep more each week up to 12, then 2.5 kg more and back to 8; glute bridges and planks
     * beside them.
     */
    public static final Program LEG_CURL_DOUBLE_PROGRESSION = Program.builder(
                    "leg-curl-double-progression", "Leg Curls by Double Progression")
            .description("Once a week for four weeks: leg curls, 3 sets from 8 reps at 60 % of your max, one rep"
                    + " more each session up to 12, then 2.5 kg more and back to 8 (double progression); glute"
                    + " bridges and planks beside them. The quick warm-up before, the cool-down stretches after."
                    + " Loads, reps, sets, rests and the progression are the catalog's choice, not the article's.")
            .tags("strength", "loads", "progression")
            .weeks(4)
            .session(Session.of(
                            "Hamstrings",
                            quickWarmUpPhase(),
                            Phase.of(
                                    PhaseKind.MAIN,
                                    ExerciseStep.of(
                                                    LEG_CURL,
                                                    Prescription.reps(8)
                                                            .sets(3)
                                                            .rest(Duration.ofSeconds(90))
                                                            .load(Load.percent(60))
                                                            .catalogChoice())
                                            .withProgression(Progression.parse("double 8-12 +2.5kg")),
                                    ExerciseStep.of(
                                            GLUTE_BRIDGE,
                                            Prescription.reps(12)
                                                    .sets(2)
                                                    .rest(Duration.ofSeconds(60))
                                                    .catalogChoice()),
                                    planks()),
                            coolDownPhase())
                    .on(DayOfWeek.TUESDAY))
            .build();

    /**
     * A 5/3/1-style squat wave: three weeks at 65 % × 5, 75 % × 3 and 85 % × 1 of the lifter's max
     * (3 sets each, after ramp-up sets), then a deload week at 40 % × 5.
     */
    public static final Program SQUAT_531_WAVE = Program.builder("squat-531-wave", "Squat: a 5/3/1-Style Wave")
            .description("Once a week for four weeks: back squats at 65 % of your max for 3 sets of 5, then 75 % for"
                    + " 3 of 3, then 85 % for 3 of 1 (each after ramp-up sets), then a deload week at 40 % for 3 of"
                    + " 5; planks for the core. The quick warm-up before, the cool-down stretches after. Loads,"
                    + " reps, sets, rests and the wave are the catalog's choice, not the article's.")
            .tags("strength", "loads", "progression")
            .weeks(4)
            .session(Session.of(
                            "Squat wave",
                            quickWarmUpPhase(),
                            Phase.of(
                                    PhaseKind.MAIN,
                                    ExerciseStep.of(
                                                    BACK_SQUAT,
                                                    Prescription.reps(5)
                                                            .sets(3)
                                                            .rest(Duration.ofMinutes(3))
                                                            .rampUp(RampUpSets.standard())
                                                            .catalogChoice())
                                            .withProgression(Progression.parse(
                                                    "weekly 65%x5x3, 75%x3x3, 85%x1x3, deload 40%x5x3")),
                                    planks()),
                            coolDownPhase())
                    .on(DayOfWeek.SATURDAY))
            .build();

    private static final Catalog CATALOG = new Catalog(
            List.of(
                    LEG_SWINGS,
                    WALKING_LUNGE_WITH_TWIST,
                    STANDING_ROLL_DOWN,
                    GLUTE_KICKBACK,
                    HIP_CIRCLES,
                    BODYWEIGHT_SQUAT,
                    RECLINING_SINGLE_LEG_STRETCH,
                    LEGS_UP_THE_WALL,
                    KNEES_TO_CHEST,
                    CHILDS_POSE,
                    GLUTE_BRIDGE,
                    BIRD_DOG,
                    DEAD_BUG,
                    PLANK,
                    STANDING_FORWARD_FOLD,
                    HIP_HINGE,
                    SCIATIC_NERVE_FLOSS,
                    LUNGE,
                    LEG_CURL,
                    BACK_SQUAT,
                    DEADLIFT),
            List.of(
                    QUICK_LEG_DAY_WARM_UP,
                    LEG_DAY_COOL_DOWN,
                    CORE_AND_GLUTE_STRENGTH,
                    DESK_BREAK,
                    PAIN_FREE_LEG_DAY,
                    LEG_DAY_WITH_LOADS,
                    SQUAT_LINEAR_4_WEEKS,
                    LEG_CURL_DOUBLE_PROGRESSION,
                    SQUAT_531_WAVE));

    /** The whole built-in catalog. */
    public static Catalog catalog() {
        return CATALOG;
    }
}

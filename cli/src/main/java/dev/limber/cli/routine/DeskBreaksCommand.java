package dev.limber.cli.routine;

import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.output.Output;
import dev.limber.domain.card.DoseText;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.deskbreak.DeskBreak;
import dev.limber.domain.deskbreak.DeskBreakPlan;
import dev.limber.domain.exercise.Exercise;
import dev.limber.domain.program.ExerciseStep;
import dev.limber.domain.timing.Durations;
import dev.limber.domain.usecase.PlanDeskBreaks;
import dev.limber.formats.calendar.DeskBreakCalendar;
import dev.limber.formats.deskbreak.DeskBreakInput;
import dev.limber.formats.duration.NotADurationException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code limber desk-breaks}: breaks from sitting through a working day, each with the built-in
 * desk-break routine; needs no database. {@code --ics FILE} writes them as a calendar too.
 */
@Command(
        name = "desk-breaks",
        mixinStandardHelpOptions = true,
        description = "Plan breaks from sitting through a working day (every 30 to 60 minutes), optionally"
                + " as an iCalendar file.")
public final class DeskBreaksCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--start",
            paramLabel = "H:MM",
            defaultValue = "09:00",
            converter = TimeOfDayConverter.class,
            description = "Start of the day, 9:00 or 09:00 (default 09:00)")
    LocalTime start;

    @Option(
            names = "--end",
            paramLabel = "H:MM",
            defaultValue = "17:00",
            converter = TimeOfDayConverter.class,
            description = "End of the day (default 17:00); before the start for a night shift, e.g. 22:00 to 02:00")
    LocalTime end;

    @Option(
            names = "--every",
            paramLabel = "DURATION",
            defaultValue = "45m",
            converter = IntervalConverter.class,
            description = "Time between breaks, 30m to 60m (default 45m)")
    Duration every;

    @Option(
            names = "--ics",
            paramLabel = "FILE",
            description = "Also write the breaks as an iCalendar file, repeating on weekdays (written atomically)")
    Path ics;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            converter = DateConverter.class,
            description = "First day of the calendar's events (default: today)")
    LocalDate date;

    @Override
    public Integer call() {
        DeskBreakPlan plan = new PlanDeskBreaks().plan(start, end, every);
        if (plan.breaks().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("limber: " + DeskBreakInput.noBreakFits(plan) + (ics == null ? "" : "; nothing was written"));
            err.flush();
            return ExitCodes.FINDINGS;
        }
        ExerciseLookup builtIn = ExerciseLookup.builtIn();
        String routine = plan.routine().exerciseSteps().stream()
                .map(step -> describe(step, builtIn))
                .collect(Collectors.joining(", "));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Desk breaks " + start + "–" + end + (end.isBefore(start) ? " (overnight)" : "") + ", every "
                + Durations.human(every) + ": "
                + plan.breaks().size() + " break" + (plan.breaks().size() == 1 ? "" : "s") + " of "
                + Durations.human(plan.routineLength()) + " (" + routine + ")");
        for (DeskBreak one : plan.breaks()) {
            out.println("  " + one.at() + "–" + one.until());
        }
        out.flush();
        if (ics != null) {
            Instant now = Instant.now();
            String calendar =
                    DeskBreakCalendar.of(plan, date == null ? DeskBreakCalendar.today(now) : date, now, builtIn);
            Output.write(spec.commandLine(), ics, "--ics", calendar);
            spec.commandLine().getErr().println("Wrote " + plan.breaks().size() + " events to " + ics);
            spec.commandLine().getErr().flush();
        }
        return ExitCodes.OK;
    }

    /** {@code --start} and {@code --end}: H:mm or HH:mm, refused in the user's own words. */
    static final class TimeOfDayConverter implements CommandLine.ITypeConverter<LocalTime> {
        @Override
        public LocalTime convert(String value) {
            return quoting(value, DeskBreakInput::timeOfDay);
        }
    }

    /** {@code --date}: an ISO date, refused as typed (never a Java class name). */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return quoting(value, DeskBreakInput::date);
        }
    }

    /** {@code --every}: a duration of 30 to 60 minutes, refused as typed ({@code '61m'}). */
    static final class IntervalConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return quoting(value, DeskBreakInput::interval);
        }
    }

    /** Reads an option's text; a refusal leads with the text as typed, as picocli's message expects. */
    private static <T> T quoting(String value, Function<String, T> read) {
        try {
            return read.apply(value);
        } catch (DeskBreakInput.RefusedException refused) {
            throw new CommandLine.TypeConversionException(refused.valueFirst());
        } catch (NotADurationException refused) {
            throw new CommandLine.TypeConversionException(refused.valueFirst());
        }
    }

    private static String describe(ExerciseStep step, ExerciseLookup exercises) {
        return exercises
                        .find(step.exercise())
                        .map(Exercise::name)
                        .orElse(step.exercise().value()) + " " + DoseText.of(step.prescription());
    }
}

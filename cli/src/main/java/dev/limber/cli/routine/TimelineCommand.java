package dev.limber.cli.routine;

import dev.limber.cli.database.DatabaseOptions;
import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.input.InputOptions;
import dev.limber.cli.wiring.StoreWhenNeeded;
import dev.limber.domain.program.Program;
import dev.limber.domain.program.Session;
import dev.limber.domain.timeline.Segment;
import dev.limber.domain.timeline.Timeline;
import dev.limber.domain.timeline.TimelineOptions;
import dev.limber.domain.timing.Durations;
import dev.limber.domain.usecase.BuildTimeline;
import dev.limber.domain.usecase.LookupUseCases;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limber timeline PROGRAM}: a session as the segments a guided timer runs. */
@Command(
        name = "timeline",
        mixinStandardHelpOptions = true,
        description = "Print a session of a program (stored, or a document file with one program) as a guided"
                + " timer's segments, from start to end.")
public final class TimelineCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            paramLabel = "PROGRAM|FILE",
            description = "A stored program's id, or a document (.yaml, .yml, .json) with one program, not imported")
    String programId;

    @Mixin
    InputOptions input;

    @Option(names = "--session", paramLabel = "NAME", description = "The session (default: the program's first)")
    String session;

    @Option(
            names = "--get-ready",
            paramLabel = "DURATION",
            defaultValue = "0s",
            converter = DurationConverter.class,
            description = "A countdown before the first exercise, e.g. 10s (default: none)")
    Duration getReady;

    @Option(
            names = "--switch-sides",
            paramLabel = "DURATION",
            defaultValue = "0s",
            converter = DurationConverter.class,
            description = "A pause between the sides of a per-side set, e.g. 5s (default: none)")
    Duration switchSides;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (StoreWhenNeeded database =
                DatabaseOptions.of(spec).openWhenNeeded(spec.commandLine().getErr())) {
            ProgramSource source = ProgramSource.of(
                    programId, () -> database.store().useCases().findProgram(), input.inputFormat());
            Program program = source.program();
            Session chosen = session == null ? program.sessions().get(0) : StoredProgram.session(program, session);
            BuildTimeline timelines = source.document() == null
                    ? database.store().useCases().buildTimeline()
                    : LookupUseCases.over(database.exercisesFor(source.document()))
                            .buildTimeline();
            Timeline timeline = timelines.of(chosen, new TimelineOptions(switchSides, getReady));
            out.println(timeline.session() + " — " + Durations.human(timeline.total()));
            for (Segment segment : timeline.segments()) {
                out.printf(
                        "%8s  %8s  %-12s %-9s %s%n",
                        clock(segment.start()),
                        clock(segment.end()),
                        segment.kind().externalName(),
                        segment.phase().externalName(),
                        segment.label());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** {@code m:ss}, or {@code h:mm:ss} past an hour. */
    static String clock(Duration offset) {
        long seconds = offset.getSeconds();
        long hours = seconds / 3600;
        return hours > 0
                ? String.format("%d:%02d:%02d", hours, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}

package dev.limber.cli.routine;

import dev.limber.cli.database.DatabaseOptions;
import dev.limber.cli.exit.ExitCodes;
import dev.limber.domain.card.RoutineCard;
import dev.limber.domain.card.RoutineCards;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.program.Program;
import dev.limber.domain.timing.Timing;
import dev.limber.formats.card.CardFormat;
import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limber card PROGRAM}: a routine card to print or stick on a gym bag. */
@Command(name = "card", mixinStandardHelpOptions = true,
        description = "Print a stored program's routine card: steps, doses, key cues and cautions.")
public final class CardCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "PROGRAM", description = "The program's id")
    String programId;

    @Option(names = "--session", paramLabel = "NAME", description = "Only this session (default: the whole program)")
    String session;

    @Option(names = "--format", paramLabel = "text|markdown|html", defaultValue = "text",
            completionCandidates = Formats.class,
            description = "text (default, 48 columns), markdown, or html (a printable page)")
    String format;

    @Override
    public Integer call() {
        CardFormat rendering = CardFormat.named(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--format: '" + format + "' is not one of " + CardFormat.names()));
        RoutineCard card;
        try (ApplicationContext context = database.start()) {
            Program program = StoredProgram.find(context.getBean(Programs.class), programId);
            RoutineCards cards = new RoutineCards(ExerciseLookup.of(context.getBean(Exercises.class)).cached(),
                    Timing.standard());
            card = session == null ? cards.of(program) : cards.of(StoredProgram.session(program, session));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(rendering.render(card));
        out.flush();
        return ExitCodes.OK;
    }

    /** The format names, for completion. */
    public static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(CardFormat.values()).map(CardFormat::externalName).iterator();
        }
    }
}

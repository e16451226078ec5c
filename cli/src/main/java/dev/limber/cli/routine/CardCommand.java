package dev.limber.cli.routine;

import dev.limber.cli.database.DatabaseOptions;
import dev.limber.cli.exit.ExitCodes;
import dev.limber.cli.input.InputOptions;
import dev.limber.cli.option.ClosedSets;
import dev.limber.cli.wiring.StoreWhenNeeded;
import dev.limber.domain.card.RoutineCard;
import dev.limber.domain.card.RoutineCards;
import dev.limber.domain.program.Program;
import dev.limber.domain.usecase.LookupUseCases;
import dev.limber.formats.card.CardFormat;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limber card PROGRAM}: a routine card to print or stick on a gym bag. */
@Command(
        name = "card",
        mixinStandardHelpOptions = true,
        description = "Print a program's routine card (a stored program, or a document file with one program):"
                + " steps, doses, starting positions, cues and cautions.")
public final class CardCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            paramLabel = "PROGRAM|FILE",
            description = "A stored program's id, or a document (.yaml, .yml, .json) with one program, not imported")
    String programId;

    @Mixin
    InputOptions input;

    @Option(names = "--session", paramLabel = "NAME", description = "Only this session (default: the whole program)")
    String session;

    @Option(
            names = "--format",
            paramLabel = "text|markdown|html",
            defaultValue = "text",
            converter = ClosedSets.CardFormats.class,
            completionCandidates = ClosedSets.CardFormats.class,
            description = "text (default, 48 columns), markdown, or html (a printable page)")
    CardFormat format;

    @Override
    public Integer call() {
        RoutineCard card;
        try (StoreWhenNeeded database =
                DatabaseOptions.of(spec).openWhenNeeded(spec.commandLine().getErr())) {
            ProgramSource source = ProgramSource.of(
                    programId, () -> database.store().useCases().findProgram(), input.inputFormat());
            Program program = source.program();
            RoutineCards cards = source.document() == null
                    ? database.store().useCases().routineCards()
                    : LookupUseCases.over(database.exercisesFor(source.document()))
                            .routineCards();
            card = session == null ? cards.of(program) : cards.of(program, StoredProgram.session(program, session));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.render(card));
        out.flush();
        return ExitCodes.OK;
    }
}

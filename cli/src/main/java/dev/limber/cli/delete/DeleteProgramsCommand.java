package dev.limber.cli.delete;

import dev.limber.domain.usecase.DeleteFromCatalog;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code limber delete program ID...}. */
@Command(
        name = "program",
        aliases = "programs",
        mixinStandardHelpOptions = true,
        description = "Delete stored programs, all or nothing.")
public final class DeleteProgramsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "ID",
            completionCandidates = StoredIds.ProgramIds.class,
            description = "Program ids")
    List<String> ids;

    @Override
    public Integer call() {
        return Deletion.run(spec, DeleteFromCatalog.What.PROGRAMS, ids);
    }
}

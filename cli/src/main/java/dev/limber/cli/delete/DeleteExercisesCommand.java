package dev.limber.cli.delete;

import dev.limber.domain.usecase.DeleteFromCatalog;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code limber delete exercise ID...}. */
@Command(
        name = "exercise",
        aliases = "exercises",
        mixinStandardHelpOptions = true,
        description = "Delete stored exercises, all or nothing; an exercise a program uses is refused (exit 5),"
                + " naming the programs.")
public final class DeleteExercisesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "ID",
            completionCandidates = StoredIds.ExerciseIds.class,
            description = "Exercise ids")
    List<String> ids;

    @Override
    public Integer call() {
        return Deletion.run(spec, DeleteFromCatalog.What.EXERCISES, ids);
    }
}

package dev.limber.domain.usecase;

import dev.limber.domain.card.RoutineCards;
import dev.limber.domain.catalog.BuiltInCatalog;
import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.guard.Checks;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.rules.Guidelines;
import dev.limber.domain.timing.Timing;

/**
 * Every use case over one store, with the standard pace and the default guidelines: the one
 * place the service, the CLI and an embedding app put the domain together, so none of them
 * reaches past a use case to a port. Each use case reads the store at every call, so several
 * service instances on one database agree.
 */
public final class UseCases {
    private final Exercises exercises;
    private final Programs programs;
    private final Transactions transactions;
    private final Timing timing;
    private final Guidelines guidelines;

    public UseCases(
            Exercises exercises, Programs programs, Transactions transactions, Timing timing, Guidelines guidelines) {
        this.exercises = Checks.required("exercises", exercises);
        this.programs = Checks.required("programs", programs);
        this.transactions = Checks.required("transactions", transactions);
        this.timing = Checks.required("timing", timing);
        this.guidelines = Checks.required("guidelines", guidelines);
    }

    /** Over these ports, with the standard pace (three seconds a rep) and the default guidelines. */
    public static UseCases over(Exercises exercises, Programs programs, Transactions transactions) {
        return new UseCases(exercises, programs, transactions, Timing.standard(), Guidelines.defaults());
    }

    public Timing timing() {
        return timing;
    }

    public FindExercise findExercise() {
        return new FindExercise(exercises);
    }

    public SaveExercise saveExercise() {
        return new SaveExercise(exercises, programs, transactions);
    }

    public DeleteExercise deleteExercise() {
        return new DeleteExercise(exercises);
    }

    public PlanWeek planWeek() {
        return new PlanWeek(programs);
    }

    public BuildRampUp buildRampUp() {
        return new BuildRampUp(exercises);
    }

    public FindProgram findProgram() {
        return new FindProgram(programs);
    }

    public SaveProgram saveProgram() {
        return new SaveProgram(exercises, programs);
    }

    public DeleteProgram deleteProgram() {
        return new DeleteProgram(programs);
    }

    public DeleteFromCatalog deleteFromCatalog() {
        return new DeleteFromCatalog(exercises, programs, transactions);
    }

    public ImportCatalog importCatalog() {
        return new ImportCatalog(exercises, programs, transactions);
    }

    public ExportCatalog exportCatalog() {
        return new ExportCatalog(exercises, programs, transactions);
    }

    public SeedBuiltInCatalog seedBuiltInCatalog() {
        return new SeedBuiltInCatalog(exercises, programs, transactions);
    }

    /** Checks a stored program, reading it and its exercises in one read unit. */
    public CheckStoredProgram checkStoredProgram() {
        return new CheckStoredProgram(findProgram(), validateProgram(), transactions);
    }

    /** Checks programs whose exercises are stored. */
    public ValidateProgram validateProgram() {
        return overStore().validateProgram();
    }

    /**
     * Checks programs whose exercises may come first from {@code own} (the document they were
     * read from) and then from the store, asked once for the rest.
     */
    public ValidateProgram validateProgram(ExerciseLookup own) {
        return thenStore(own).validateProgram();
    }

    /** Timelines whose exercises (names, laterality) are read from the store, in one go. */
    public BuildTimeline buildTimeline() {
        return overStore().buildTimeline();
    }

    /**
     * Timelines of a program read elsewhere (a document): its exercises from {@code own} first,
     * then from the store.
     */
    public BuildTimeline buildTimeline(ExerciseLookup own) {
        return thenStore(own).buildTimeline();
    }

    public BuildWarmUp buildWarmUp() {
        return BuildWarmUp.overStore(exercises);
    }

    /** Routine cards whose exercises are read from the store when drawn, in one go. */
    public RoutineCards routineCards() {
        return overStore().routineCards();
    }

    /**
     * Routine cards of a program read elsewhere (a document): its exercises from {@code own}
     * first, then from the store.
     */
    public RoutineCards routineCards(ExerciseLookup own) {
        return thenStore(own).routineCards();
    }

    /** The use cases that look exercises up, over the store, with this pace and these guidelines. */
    private LookupUseCases overStore() {
        return new LookupUseCases(ExerciseLookup.of(exercises), timing, guidelines);
    }

    /** Likewise, looking in {@code own} first. */
    private LookupUseCases thenStore(ExerciseLookup own) {
        return new LookupUseCases(Checks.required("own", own).orElse(ExerciseLookup.of(exercises)), timing, guidelines);
    }

    public PlanDeskBreaks planDeskBreaks() {
        return new PlanDeskBreaks(BuiltInCatalog.DESK_BREAK.sessions().get(0), timing);
    }
}

package dev.limber.cli.wiring;

import dev.limber.domain.catalog.ExerciseLookup;
import dev.limber.domain.port.DatabaseSchema;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
import dev.limber.domain.port.StoreStartup;
import dev.limber.domain.port.Transactions;
import dev.limber.domain.usecase.InspectSchema;
import dev.limber.domain.usecase.MigrateSchema;
import dev.limber.domain.usecase.UseCases;
import io.micronaut.context.ApplicationContext;

/**
 * The database a command works on, open for the command's run: the persistence adapter's
 * context, whose ports are put together into use cases here and nowhere else in the CLI.
 * Closing it closes the connections.
 */
public final class OpenStore implements AutoCloseable {
    private final ApplicationContext context;

    public OpenStore(ApplicationContext context) {
        this.context = context;
    }

    /**
     * Hands the seeding of an empty store to the store's start (before the context starts):
     * it runs in the background right after the migration, before the command's own store calls,
     * as in the service. A failure reaches the command as the store being unavailable (exit 4).
     */
    public static void seedAnEmptyStoreAtStart(ApplicationContext context) {
        context.registerSingleton(
                StoreStartup.Step.class,
                () -> new OpenStore(context).useCases().seedBuiltInCatalog().ifEmpty());
    }

    /** Every use case over this database. */
    public UseCases useCases() {
        return UseCases.over(
                context.getBean(Exercises.class), context.getBean(Programs.class), context.getBean(Transactions.class));
    }

    /** Looks exercises up in this database, reading many ids in one query where asked to. */
    public ExerciseLookup exercises() {
        return ExerciseLookup.of(context.getBean(Exercises.class));
    }

    public InspectSchema inspectSchema() {
        return new InspectSchema(context.getBean(DatabaseSchema.class));
    }

    public MigrateSchema migrateSchema() {
        return new MigrateSchema(context.getBean(DatabaseSchema.class));
    }

    @Override
    public void close() {
        context.close();
    }
}

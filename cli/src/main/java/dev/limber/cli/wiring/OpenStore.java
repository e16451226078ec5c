package dev.limber.cli.wiring;

import dev.limber.domain.port.DatabaseSchema;
import dev.limber.domain.port.Exercises;
import dev.limber.domain.port.Programs;
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

    /** Every use case over this database. */
    public UseCases useCases() {
        return UseCases.over(context.getBean(Exercises.class), context.getBean(Programs.class),
                context.getBean(Transactions.class));
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

package dev.limber.api.wiring;

import dev.limber.domain.port.StoreStartup;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line when the service listens: its version, its port, its database (the location without
 * parameters or credentials) and where the admin token comes from, so an operator's first look
 * at the log answers "what is running, where, and how do I write to it".
 */
@Singleton
final class StartSummary implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(StartSummary.class);

    private final StoreStartup store;
    private final boolean tokenConfigured;

    private final String settingsFile;

    StartSummary(
            StoreStartup store,
            @Value("${limber.admin-token:}") String token,
            @Value("${limber.config-file:}") String settingsFile) {
        this.store = store;
        this.tokenConfigured = token != null && !token.isBlank();
        this.settingsFile = settingsFile;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String version = StartSummary.class.getPackage().getImplementationVersion();
        LOG.info(
                "Limber {} listens on port {}; database {}; admin token {}{}",
                version == null ? "(development build)" : version,
                event.getSource().getPort(),
                store.location(),
                tokenConfigured
                        ? "configured (LIMBER_ADMIN_TOKEN or limber.admin-token)"
                        : "generated for this run (the line above; set LIMBER_ADMIN_TOKEN to choose one)",
                settingsFile.isBlank() ? "" : "; settings from " + settingsFile);
    }
}

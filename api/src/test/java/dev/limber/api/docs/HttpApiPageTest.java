package dev.limber.api.docs;

import dev.limber.api.support.Http;
import dev.limber.domain.docs.MarkedBlocks;
import dev.limber.domain.docs.ShellPage;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/http-api.md as a reader runs it: the service on a free port and a fresh embedded database,
 * with the page's admin token, and its {@code <!-- runnable -->} blocks run verbatim in bash (real
 * curl) in page order, with the page's {@code $B} and {@code $T} pointing at it; what they print
 * must be what the page shows ({@link ShellPage}).
 */
class HttpApiPageTest {
    /** The token the page's examples use ({@code T=change-me}). */
    private static final String PAGE_TOKEN = "change-me";

    @Test
    void theRunnableBlocksOfTheHttpApiPageRunAndPrintWhatThePageShows() throws Exception {
        Map<String, Object> properties = new HashMap<>(Http.h2());
        properties.put("limber.admin-token", PAGE_TOKEN);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            Path page = MarkedBlocks.page("http-api.md");
            new ShellPage(
                            page,
                            page.getParent().getParent(),
                            Map.of("B", server.getURL() + "/api/v1", "T", PAGE_TOKEN),
                            "")
                    .check();
        }
    }
}

package dev.limber.persistence.settings;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Gives an H2 URL the settings Limber needs before its pool is built ({@link H2Settings}), in
 * the service and the CLI alike, whether it came from {@code --db}, DATASOURCES_DEFAULT_URL or a
 * configuration file.
 */
@Singleton
final class CompleteH2Url implements BeanCreatedEventListener<DatasourceConfiguration> {
    private final H2Settings settings;

    CompleteH2Url(H2Settings settings) {
        this.settings = settings;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getUrl();
        String completed = settings.complete(url);
        if (url != null && !url.equals(completed)) {
            configuration.setUrl(completed);
        }
        return configuration;
    }
}

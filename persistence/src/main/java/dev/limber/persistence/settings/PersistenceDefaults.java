package dev.limber.persistence.settings;

import io.micronaut.context.env.AbstractPropertySourceLoader;
import io.micronaut.context.env.ActiveEnvironment;
import io.micronaut.context.env.PropertiesPropertySourceLoader;
import io.micronaut.context.env.PropertySource;
import io.micronaut.core.io.ResourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Contributes the database defaults in {@code limber-persistence.properties} to any application
 * that has this adapter on its class path (the service and the CLI), below everything the user
 * sets: their application.yml, environment variables and system properties all win. This keeps
 * one copy of the defaults instead of one per application.
 */
public final class PersistenceDefaults extends PropertiesPropertySourceLoader {
    static final String RESOURCE = "limber-persistence";
    /** Below application files (-300), environment (-200) and system properties (-100). */
    static final int POSITION = AbstractPropertySourceLoader.DEFAULT_POSITION - 100;

    /** No extensions: this loader must never be chosen for the user's own .properties files. */
    @Override
    public Set<String> getExtensions() {
        return Set.of();
    }

    @Override
    public int getOrder() {
        return POSITION;
    }

    @Override
    public Optional<PropertySource> load(String resourceName, ResourceLoader resourceLoader) {
        if (!"application".equals(resourceName)) {
            return Optional.empty();
        }
        Optional<InputStream> input = readInput(resourceLoader, RESOURCE + ".properties");
        if (input.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream stream = input.get()) {
            Map<String, Object> values = read(RESOURCE, stream);
            return Optional.of(createPropertySource(RESOURCE, values, POSITION));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ".properties", unreadable);
        }
    }

    @Override
    public Optional<PropertySource> loadEnv(
            String resourceName, ResourceLoader resourceLoader, ActiveEnvironment activeEnvironment) {
        return Optional.empty();
    }
}

package dev.limber.persistence.settings;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;

/** The {@link H2Settings} of {@code limber-persistence.properties} (or the user's own). */
@Factory
final class H2SettingsFactory {
    @Singleton
    H2Settings h2Settings(
            @Property(name = "limber.h2.settings", defaultValue = "") String always,
            @Property(name = "limber.h2.embedded-file-settings", defaultValue = "") String embeddedFile) {
        return new H2Settings(always, embeddedFile);
    }
}

package dev.limber.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest, so it always matches the build. */
public final class LimberVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Limber.class.getPackage().getImplementationVersion();
        return new String[] {
            "limber " + (version == null ? "development build" : version), "Java " + System.getProperty("java.version")
        };
    }
}

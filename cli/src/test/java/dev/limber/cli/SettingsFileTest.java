package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.limber.cli.exit.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code $LIMBER_HOME/limber.yml}: what a user would otherwise type every time. The CLI reads it,
 * and for one run a Micronaut config file, an environment variable or an option overrides it, in
 * that order. A process of its own each: the file is found through the environment.
 */
class SettingsFileTest {
    @TempDir
    Path home;

    private String url(String name) {
        return "jdbc:h2:file:" + home.resolve(name).resolve("limber");
    }

    private void settings(String yaml) throws IOException {
        Files.writeString(home.resolve("limber.yml"), yaml);
    }

    @Test
    void theDatabaseComesFromTheSettingsFile() throws Exception {
        settings("datasources:\n  default:\n    url: " + url("from-file") + "\n");

        LimberProcess info = limber(Map.of(), "db", "info");

        assertEquals(ExitCodes.OK, info.status(), info.output());
        assertEquals(url("from-file"), database(info));
    }

    @Test
    void aConfigFileAnEnvironmentVariableAndAnOptionOverrideItInThatOrder() throws Exception {
        settings("datasources:\n  default:\n    url: " + url("from-file") + "\n");
        Path other = home.resolve("other.yml");
        Files.writeString(other, "datasources:\n  default:\n    url: " + url("from-config-files") + "\n");
        Map<String, String> configFiles = Map.of("MICRONAUT_CONFIG_FILES", other.toString());

        assertEquals(url("from-config-files"), database(limber(configFiles, "db", "info")));

        Map<String, String> environment = new java.util.HashMap<>(configFiles);
        environment.put("DATASOURCES_DEFAULT_URL", url("from-environment"));
        assertEquals(url("from-environment"), database(limber(environment, "db", "info")));

        assertEquals(url("from-option"), database(limber(environment, "db", "info", "--db", url("from-option"))));
    }

    @Test
    void aSettingsFileThatIsNotYamlIsAUsageErrorNamingItsPlace() throws Exception {
        settings("datasources:\n  default:\n    url: a: b\n");

        LimberProcess info = limber(Map.of(), "db", "info");

        assertEquals(ExitCodes.USAGE, info.status(), info.output());
        assertEquals(
                "limber: " + home.resolve("limber.yml")
                        + ": not valid YAML at line 3, column 11: mapping values are not allowed here",
                info.output().strip());
        assertFalse(info.output().contains("\tat "), info.output());
    }

    private static String database(LimberProcess info) {
        return info.output()
                .lines()
                .filter(line -> line.startsWith("Database:"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(info.output()))
                .replaceFirst(".* at ", "");
    }

    /** Runs the CLI with LIMBER_HOME at this test's folder and nothing else of the build's settings. */
    private LimberProcess limber(Map<String, String> environment, String... arguments) throws Exception {
        return LimberProcess.run(home, environment, arguments);
    }
}

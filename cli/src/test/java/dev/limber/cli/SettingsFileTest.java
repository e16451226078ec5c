package dev.limber.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.cli.exit.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

        Run info = limber(Map.of(), "db", "info");

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

        Run info = limber(Map.of(), "db", "info");

        assertEquals(ExitCodes.USAGE, info.status(), info.output());
        assertEquals(
                "limber: " + home.resolve("limber.yml")
                        + ": not valid YAML at line 3, column 11: mapping values are not allowed here",
                info.output().strip());
        assertFalse(info.output().contains("\tat "), info.output());
    }

    private record Run(int status, String output) {}

    private static String database(Run info) {
        return info.output()
                .lines()
                .filter(line -> line.startsWith("Database:"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(info.output()))
                .replaceFirst(".* at ", "");
    }

    /** Runs the CLI with LIMBER_HOME at this test's folder and nothing else of the build's settings. */
    private Run limber(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                // The CLI's own logging set-up, as a user runs it (the tests' one is chattier).
                "-Dlogback.configurationFile="
                        + Path.of("src/main/resources/logback.xml").toAbsolutePath(),
                "-cp",
                System.getProperty("java.class.path"),
                Limber.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment()
                .keySet()
                .removeIf(name -> name.startsWith("DATASOURCES_")
                        || name.startsWith("LIMBER_")
                        || name.startsWith("MICRONAUT_")
                        || name.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().put("LIMBER_HOME", home.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ended, "the CLI kept running:\n" + output);
        return new Run(process.exitValue(), output);
    }
}

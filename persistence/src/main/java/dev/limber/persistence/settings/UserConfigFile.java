package dev.limber.persistence.settings;

import io.micronaut.context.env.AbstractPropertySourceLoader;
import io.micronaut.context.env.ActiveEnvironment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.io.ResourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's own settings file, {@code $LIMBER_HOME/limber.yml} (by default
 * {@code ~/.limber/limber.yml}), for what they would otherwise set every time: the database URL
 * and credentials, the service's port. It is read by every application that has this adapter on
 * its class path (the service and the CLI; this is the one Micronaut module both load), with the
 * same keys as application.yml. It sits above the built-in defaults and application.yml and
 * below everything set for one run: files named in {@code micronaut.config.files}
 * ({@code MICRONAUT_CONFIG_FILES}), environment variables, system properties, and the CLI's own
 * options all win.
 */
public final class UserConfigFile extends YamlPropertySourceLoader {
    public static final String FILE_NAME = "limber.yml";

    /** The property that holds the path of the file read, when there is one. */
    public static final String IN_USE = "limber.config-file";

    /**
     * Above application files (-300) and their environment variants; below the files of
     * {@code micronaut.config.files} (-250 and up), environment variables (-200) and system
     * properties (-100).
     */
    static final int POSITION = AbstractPropertySourceLoader.DEFAULT_POSITION + 40;

    private static final Pattern PLACE = Pattern.compile("line (\\d+), column (\\d+)");

    /** No extensions: this loader must never be chosen for the user's other .yml files. */
    @Override
    public Set<String> getExtensions() {
        return Set.of();
    }

    @Override
    public int getOrder() {
        return POSITION;
    }

    /** Where the file is looked for: {@code limber.home}, else {@code LIMBER_HOME}, else ~/.limber. */
    public static Path location() {
        String home = System.getProperty("limber.home");
        if (home == null || home.isBlank()) {
            home = System.getenv("LIMBER_HOME");
        }
        Path folder = home == null || home.isBlank()
                ? Path.of(System.getProperty("user.home"), ".limber")
                : Path.of(home.startsWith("~/") ? System.getProperty("user.home") + home.substring(1) : home);
        return folder.resolve(FILE_NAME);
    }

    @Override
    public Optional<PropertySource> load(String resourceName, ResourceLoader resourceLoader) {
        if (!"application".equals(resourceName)) {
            return Optional.empty();
        }
        Path file = location();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, Object> values;
        try (InputStream input = Files.newInputStream(file)) {
            values = read(file.toString(), input);
        } catch (IOException unreadable) {
            throw new ConfigurationException(file + ": cannot be read: " + unreadable.getMessage(), unreadable);
        } catch (RuntimeException malformed) {
            throw new ConfigurationException(file + ": not valid YAML" + place(malformed), malformed);
        }
        // Says which file was read (the service's start summary names it); not a setting to set.
        values.put(IN_USE, file.toString());
        return Optional.of(createPropertySource(file.toString(), values, POSITION));
    }

    @Override
    public Optional<PropertySource> loadEnv(
            String resourceName, ResourceLoader resourceLoader, ActiveEnvironment activeEnvironment) {
        return Optional.empty();
    }

    /**
     * The parser's problem and its place, in one line. Its own message spans several lines: a
     * context and its place, then the problem and its place, each place with a snippet.
     */
    private static String place(RuntimeException malformed) {
        List<String> lines = (malformed.getMessage() == null ? "" : malformed.getMessage())
                .lines()
                .map(String::strip)
                .toList();
        String where = "";
        String problem = lines.isEmpty() ? "" : lines.get(0);
        for (int i = 0; i < lines.size(); i++) {
            Matcher at = PLACE.matcher(lines.get(i));
            if (at.find()) {
                where = " at line " + at.group(1) + ", column " + at.group(2);
                problem = i > 0 ? lines.get(i - 1) : problem;
            }
        }
        return where + (problem.isEmpty() ? "" : ": " + problem);
    }
}

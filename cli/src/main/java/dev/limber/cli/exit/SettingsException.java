package dev.limber.cli.exit;

/**
 * Settings that cannot be used: a configuration file that is not valid YAML, or a value of the
 * wrong kind. A usage error (exit 2), told in one line that names the file and place.
 */
public final class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }
}

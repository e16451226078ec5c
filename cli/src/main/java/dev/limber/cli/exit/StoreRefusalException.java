package dev.limber.cli.exit;

import java.util.List;

/**
 * A write refused because of what is stored (exit {@link ExitCodes#IN_USE}): each placed line,
 * then one summary that says what to do; nothing was written.
 */
public final class StoreRefusalException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> messages;
    private final String summary;

    public StoreRefusalException(List<String> messages, String summary) {
        super(summary);
        this.messages = List.copyOf(messages);
        this.summary = summary;
    }

    public List<String> messages() {
        return messages;
    }

    public String summary() {
        return summary;
    }
}

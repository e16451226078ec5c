package dev.limber.cli.exit;

import java.util.List;

/** Input that cannot be used, with every located problem found; nothing was written. */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> messages;
    private final String summary;

    public InputException(List<String> messages) {
        this(messages, null);
    }

    /** With the last line said instead of "N problems found; nothing was written." */
    public InputException(List<String> messages, String summary) {
        super(messages.isEmpty() ? "invalid input" : messages.get(0));
        this.messages = List.copyOf(messages);
        this.summary = summary;
    }

    public List<String> messages() {
        return messages;
    }

    public String summary() {
        if (summary != null) {
            return summary;
        }
        return "limber: " + messages.size() + " problem" + (messages.size() == 1 ? "" : "s")
                + " found; nothing was written.";
    }
}

package dev.limber.domain.timing;

import java.time.Duration;

/**
 * Durations written the way a trainer says them: {@code 30 s}, {@code 1 min}, {@code 5 min 30 s}.
 * The compact form that documents and the HTTP service use ({@code 1m30s}) is a format, written
 * and read by {@code dev.limber.formats.duration.DurationText}.
 */
public final class Durations {
    private Durations() {}

    public static String human(Duration duration) {
        long total = duration.getSeconds();
        long hours = total / 3600;
        long minutes = (total % 3600) / 60;
        long seconds = total % 60;
        StringBuilder text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append(" h");
        }
        if (minutes > 0) {
            text.append(text.length() > 0 ? " " : "").append(minutes).append(" min");
        }
        if (seconds > 0 || total == 0) {
            text.append(text.length() > 0 ? " " : "").append(seconds).append(" s");
        }
        return text.toString();
    }
}

package dev.limber.domain.timing;

import java.time.Duration;

/** Durations written the way a trainer says them: {@code 30 s}, {@code 1 min}, {@code 5 min 30 s}. */
public final class Durations {
    private Durations() {
    }

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

    /** The compact form documents use: {@code 30s}, {@code 1m}, {@code 1m30s}, {@code 1h5m}. */
    public static String compact(Duration duration) {
        long total = duration.getSeconds();
        StringBuilder text = new StringBuilder();
        if (total >= 3600) {
            text.append(total / 3600).append('h');
        }
        if (total % 3600 >= 60) {
            text.append((total % 3600) / 60).append('m');
        }
        if (total % 60 > 0 || total == 0) {
            text.append(total % 60).append('s');
        }
        return text.toString();
    }
}

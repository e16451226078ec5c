package dev.limber.domain.program;

import dev.limber.domain.InvalidValueException;
import dev.limber.domain.ModelField;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tempo of a rep in four phases, seconds each: lowering, pause at the bottom, lifting, pause
 * at the top ({@code 3-1-1-0}); {@code X} is an explosive phase. A rep then lasts the sum, an
 * {@code X} counted as one second, and that replaces the pace in the step's time.
 *
 * @param phases the four phases as written, each 0–{@value #MAX_PHASE} or {@code X}
 */
public record Tempo(List<String> phases) {
    public static final int MAX_PHASE = 30;
    public static final String EXPLOSIVE = "X";
    private static final Pattern PHASE = Pattern.compile("X|\\d{1,2}");
    private static final String FORM =
            "must be four phases in seconds, lowering-pause-lifting-pause, like 3-1-1-0 (X for explosive), each"
                    + " at most " + MAX_PHASE + " s, and a rep must take some time";

    public Tempo {
        if (phases == null || phases.size() != 4) {
            throw new InvalidValueException(ModelField.PRESCRIPTION_TEMPO, phases, FORM);
        }
        phases = phases.stream()
                .map(phase -> phase == null ? "" : phase.strip().toUpperCase(Locale.ROOT))
                .toList();
        int total = 0;
        for (String phase : phases) {
            if (!PHASE.matcher(phase).matches()) {
                throw new InvalidValueException(ModelField.PRESCRIPTION_TEMPO, String.join("-", phases), FORM);
            }
            int seconds = seconds(phase);
            if (seconds > MAX_PHASE) {
                throw new InvalidValueException(ModelField.PRESCRIPTION_TEMPO, String.join("-", phases), FORM);
            }
            total += seconds;
        }
        if (total == 0) {
            throw new InvalidValueException(ModelField.PRESCRIPTION_TEMPO, String.join("-", phases), FORM);
        }
        phases = phases.stream()
                .map(phase -> EXPLOSIVE.equals(phase) ? phase : String.valueOf(Integer.parseInt(phase)))
                .toList();
    }

    /** Reads {@code 3-1-1-0}, {@code 2-0-X-0}. */
    public static Tempo parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(ModelField.PRESCRIPTION_TEMPO, text, FORM);
        }
        return new Tempo(List.of(text.strip().split("-", -1)));
    }

    private static int seconds(String phase) {
        return EXPLOSIVE.equals(phase) ? 1 : Integer.parseInt(phase);
    }

    /** How long one rep at this tempo lasts. */
    public Duration perRep() {
        return Duration.ofSeconds(phases.stream().mapToInt(Tempo::seconds).sum());
    }

    /** As written: {@code 3-1-1-0}. */
    public String text() {
        return String.join("-", phases);
    }

    @Override
    public String toString() {
        return text();
    }
}

package dev.limber.domain.load;

import java.util.List;

/**
 * How a bar is loaded for a requested weight: the plates on each side (heaviest first), and what
 * the bar then weighs. {@link #exact()} is false when the plates cannot make the request and the
 * nearest loadable weight was taken instead; {@link #human()} says so.
 *
 * @param requested what was asked for, in its own unit
 * @param loaded    what the bar carries: the bar plus twice the plates per side
 * @param perSide   the plates on each side
 */
public record PlateLoading(Weight requested, Weight loaded, List<Weight> perSide) {
    public PlateLoading {
        perSide = List.copyOf(perSide);
    }

    /** Whether the bar weighs exactly what was asked (after converting it to the plates' unit). */
    public boolean exact() {
        return requested.in(loaded.unit()).compareTo(loaded) == 0;
    }

    /** Whether the request was in another unit and was converted to the plates'. */
    public boolean converted() {
        return requested.unit() != loaded.unit();
    }

    /** The plates per side in words: {@code 25 + 10 + 2.5 kg}, or {@code empty bar}. */
    public String platesText() {
        if (perSide.isEmpty()) {
            return "empty bar";
        }
        StringBuilder text = new StringBuilder();
        for (Weight plate : perSide) {
            if (text.length() > 0) {
                text.append(" + ");
            }
            text.append(plate.amount().toPlainString());
        }
        return text + " " + loaded.unit().externalName() + " per side";
    }

    /**
     * {@code 100 kg: 25 + 15 kg per side}; when not exact: {@code 101 kg cannot be loaded exactly;
     * nearest 100 kg: …}; when converted: {@code 100 kg is 220.462 lb; …}.
     */
    public String human() {
        StringBuilder text = new StringBuilder();
        Weight asked = requested;
        if (converted()) {
            asked = requested.in(loaded.unit());
            text.append(requested.human()).append(" is ").append(asked.human()).append("; ");
        }
        if (asked.compareTo(loaded) != 0) {
            text.append(asked.human()).append(" cannot be loaded exactly; nearest ");
        }
        return text.append(loaded.human()).append(": ").append(platesText()).toString();
    }
}

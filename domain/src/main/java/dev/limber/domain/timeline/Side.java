package dev.limber.domain.timeline;

import dev.limber.domain.Named;

/**
 * Which side a segment works: per-side steps run left first, then right; an alternating exercise
 * (bird dogs, dead bugs) works both in turn, one rep each, within one segment.
 */
public enum Side implements Named {
    LEFT("left"),
    RIGHT("right"),
    /** Both sides in turn, a rep each: the segment of an alternating exercise. */
    ALTERNATE("alternate");

    private final String externalName;

    Side(String externalName) {
        this.externalName = externalName;
    }

    @Override
    public String externalName() {
        return externalName;
    }
}

package dev.limber.domain.timeline;

import dev.limber.domain.Named;

/** What happens during a segment of a timeline. */
public enum SegmentKind implements Named {
    /** Work on an exercise. */
    EXERCISE("exercise"),
    /** Rest between sets or between circuit rounds. */
    REST("rest"),
    /** A short pause to switch from the left side to the right. */
    SWITCH_SIDES("switch-sides"),
    /** A countdown before the first exercise. */
    GET_READY("get-ready");

    private final String externalName;

    SegmentKind(String externalName) {
        this.externalName = externalName;
    }

    @Override
    public String externalName() {
        return externalName;
    }
}

package dev.limber.domain.timeline;

import dev.limber.domain.Named;

/** Which side a per-side segment works; per-side steps run left first, then right. */
public enum Side implements Named {
    LEFT("left"),
    RIGHT("right");

    private final String externalName;

    Side(String externalName) {
        this.externalName = externalName;
    }

    @Override
    public String externalName() {
        return externalName;
    }
}

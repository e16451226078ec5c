package dev.limber.domain.exercise;

import dev.limber.domain.Named;

/** What a media reference shows: a still image or a video. */
public enum MediaKind implements Named {
    IMAGE("image"),
    VIDEO("video");

    private final String externalName;

    MediaKind(String externalName) {
        this.externalName = externalName;
    }

    @Override
    public String externalName() {
        return externalName;
    }

    public static MediaKind parse(String text) {
        return Named.parse(MediaKind.class, "media kind", text);
    }
}

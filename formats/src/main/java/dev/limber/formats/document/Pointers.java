package dev.limber.formats.document;

import java.util.ArrayList;
import java.util.List;

/** JSON pointers (RFC 6901): the paths problems are reported at, e.g. {@code /exercises/0/cues/1}. */
final class Pointers {
    private Pointers() {}

    static String child(String pointer, String key) {
        // Field names rarely hold ~ or /: most need no escaping (readers make a pointer per field).
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            return pointer + "/" + key;
        }
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** How a message names the field at a pointer: {@code name}, {@code cues[1]}, {@code document}. */
    static String label(String pointer) {
        List<String> segments = segments(pointer);
        if (segments.isEmpty()) {
            return "the document";
        }
        String last = segments.get(segments.size() - 1);
        if (!last.isEmpty() && last.chars().allMatch(Character::isDigit)) {
            return segments.size() > 1 ? segments.get(segments.size() - 2) + "[" + last + "]" : "[" + last + "]";
        }
        return last;
    }

    static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return segments;
        }
        String rest = pointer.startsWith("/") ? pointer.substring(1) : pointer;
        for (String segment : rest.split("/", -1)) {
            segments.add(segment.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    static String join(List<String> segments) {
        StringBuilder pointer = new StringBuilder();
        for (String segment : segments) {
            pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}

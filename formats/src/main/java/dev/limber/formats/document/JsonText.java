package dev.limber.formats.document;

import java.util.List;
import java.util.Map;

/**
 * Writes the maps, lists, strings, numbers and booleans of a {@link DocumentTree} as indented
 * JSON. Short lists of plain values stay on one line ({@code ["hamstrings", "glutes"]}).
 */
final class JsonText {
    private static final int INLINE_WIDTH = 80;

    private JsonText() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.append('\n').toString();
    }

    private static void write(Object value, int indent, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                pad(indent + 1, out);
                string(String.valueOf(entry.getKey()), out);
                out.append(": ");
                write(entry.getValue(), indent + 1, out);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            pad(indent, out);
            out.append('}');
        } else if (value instanceof List<?> list) {
            String inline = inline(list);
            if (inline != null) {
                out.append(inline);
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                pad(indent + 1, out);
                write(list.get(i), indent + 1, out);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            pad(indent, out);
            out.append(']');
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value == null) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
        }
    }

    private static String inline(List<?> list) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item instanceof Map || item instanceof List) {
                return null;
            }
            if (i > 0) {
                out.append(", ");
            }
            write(item, 0, out);
            if (out.length() > INLINE_WIDTH) {
                return null;
            }
        }
        return out.append(']').toString();
    }

    private static void pad(int indent, StringBuilder out) {
        out.append("  ".repeat(indent));
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

package dev.limber.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON writer of Limber's text outputs: exported documents and the CLI's
 * {@code --output json}. Values are maps (fields in their order), lists, strings, numbers,
 * booleans and null. jackson-core's streaming generator does the escaping RFC 8259 asks for;
 * {@link Layout} only places the white space: two-space indents, {@code "field": value}, and short
 * lists of plain values on one line ({@code ["hamstrings", "glutes"]}), the way people write JSON
 * by hand.
 */
public final class JsonText {
    /** A list of plain values stays on one line while it fits this many characters. */
    static final int INLINE_WIDTH = 80;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            // Lower-case hex in \\u escapes, as Limber has always written them.
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build()
            .setCharacterEscapes(new LineSeparatorEscapes());

    private JsonText() {}

    /** An object whose fields keep the order they are put in. */
    public static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /** {@code value} as indented JSON, ending with a line break. */
    public static String write(Object value) {
        StringWriter text = new StringWriter();
        Layout layout = new Layout();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(layout);
            write(value, json, layout);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // a StringWriter does not fail
        }
        return text.append('\n').toString();
    }

    private static void write(Object value, JsonGenerator json, Layout layout) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            json.writeNumber(big);
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof Number number) {
            json.writeNumber(number.doubleValue());
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> field : map.entrySet()) {
                json.writeFieldName(String.valueOf(field.getKey()));
                write(field.getValue(), json, layout);
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            layout.nextArrayInline(fitsOnALine(list));
            json.writeStartArray();
            for (Object item : list) {
                write(item, json, layout);
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }

    /** Plain values only, and {@code [} plus the items joined by {@code ", "} within the width. */
    private static boolean fitsOnALine(List<?> list) {
        int width = 1;
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item instanceof Map || item instanceof List) {
                return false;
            }
            width += (i > 0 ? 2 : 0) + plain(item).length();
            if (width > INLINE_WIDTH) {
                return false;
            }
        }
        return true;
    }

    private static String plain(Object item) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            write(item, json, new Layout());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString();
    }

    /** U+2028 and U+2029 escaped too: valid in JSON, but they end lines in JavaScript and many editors. */
    private static final class LineSeparatorEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
